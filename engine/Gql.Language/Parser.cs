using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Gql.Language.Parsing;
using Gql.Language.Syntax;

namespace Gql.Language;

/// <summary>
/// Parses GraphQL documents, values and type references (spec section 2 and 3) into the
/// immutable AST of <see cref="Syntax"/>. Every failure is a <see cref="GraphQLSyntaxException"/>.
/// </summary>
public static class Parser
{
    private const int MinimumBufferSize = 1024;
    private const int MaxCharsForWorstCaseSize = 64 * 1024 * 1024;
    // Up to 6 KB of stack: the parser checks for 64 KB of headroom every eighth nesting level, and
    // requests are rarely longer (graphql-js's introspection query is 1,920 characters).
    private const int MaxStackSourceChars = 2048;
    private const int MaxUtf8BytesPerChar = 3;

    /// <summary>Parses a document (executable and/or type system definitions).</summary>
    [SkipLocalsInit] // the stack buffer is written before it is read: no need to zero it per call
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length <= MaxStackSourceChars)
        {
            // Operations of up to 2,048 characters (most requests) are transcoded on the stack: no
            // pool rent and return. The buffer is sized for this source, not for the maximum.
            Span<byte> buffer = stackalloc byte[source.Length * MaxUtf8BytesPerChar];
            return Parse(buffer[..Encoding.UTF8.GetBytes(source, buffer)], options);
        }

        byte[]? rented = null;
        try
        {
            var utf8 = Encode(source, ref rented);
            return Parse(utf8, options);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Parses a UTF-8 encoded document. Location offsets are byte offsets.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var stack = NodeStack.Rent();
        try
        {
            var parser = new DocumentParser(utf8, options ?? ParserOptions.Default, stack);
            return parser.ParseDocument();
        }
        finally
        {
            NodeStack.Return(stack);
        }
    }

    /// <summary>Parses a single input value, which may contain variables (e.g. <c>[1, $x]</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
        => ParseValueCore(source, options, isConst: false);

    /// <summary>Parses a single constant input value: variables are a syntax error.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
        => ParseValueCore(source, options, isConst: true);

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        byte[]? rented = null;
        var stack = NodeStack.Rent();
        try
        {
            var parser = new DocumentParser(Encode(source, ref rented), options ?? ParserOptions.Default, stack);
            return parser.ParseTypeOnly();
        }
        finally
        {
            NodeStack.Return(stack);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ValueNode ParseValueCore(string source, ParserOptions? options, bool isConst)
    {
        ArgumentNullException.ThrowIfNull(source);
        byte[]? rented = null;
        var stack = NodeStack.Rent();
        try
        {
            var parser = new DocumentParser(Encode(source, ref rented), options ?? ParserOptions.Default, stack);
            return parser.ParseValueOnly(isConst);
        }
        finally
        {
            NodeStack.Return(stack);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ReadOnlySpan<byte> Encode(string source, ref byte[]? rented)
    {
        var size = source.Length <= MaxCharsForWorstCaseSize ? Encoding.UTF8.GetMaxByteCount(source.Length) : Encoding.UTF8.GetByteCount(source);
        rented = ArrayPool<byte>.Shared.Rent(Math.Max(size, MinimumBufferSize));
        var length = Encoding.UTF8.GetBytes(source, rented);
        return rented.AsSpan(0, length);
    }
}
