using System.Runtime.CompilerServices;

namespace Gql.Language.Syntax;

/// <summary>The root of every AST node. Nodes are immutable; rewrite with <c>with</c> expressions.</summary>
public abstract record SyntaxNode
{
    // The location as four ints rather than a Location? field (20 bytes, padded to 24 before the
    // node's references): 8 bytes less in every node. No location is marked by NoLine.
    private const int NoLine = int.MinValue;
    private readonly int _start;
    private readonly int _end;
    private readonly int _line = NoLine;
    private readonly int _column;

    protected SyntaxNode(Location? Location)
    {
        this.Location = Location;
    }

    /// <summary>Where the node sits in its source; null when parsed with <see cref="ParserOptions.NoLocations"/> or built in code.</summary>
    public Location? Location
    {
        get => _line == NoLine ? null : new Location(_start, _end, _line, _column);

        // Inlined so the parser's constructor calls pass the four ints, not a Nullable<Location> copy.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        init
        {
            if (value is { } location)
            {
                (_start, _end, _line, _column) = (location.Start, location.End, location.Line, location.Column);
            }
            else
            {
                (_start, _end, _line, _column) = (0, 0, NoLine, 0);
            }
        }
    }

    public abstract SyntaxKind Kind { get; }

    /// <summary>The node as GraphQL source (graphql-js <c>print()</c>), e.g. for debugging and messages.</summary>
    public sealed override string ToString() => SyntaxPrinter.Print(this);
}
