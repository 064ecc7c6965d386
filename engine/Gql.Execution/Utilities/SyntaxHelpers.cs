using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Execution;

/// <summary>Error locations of syntax nodes.</summary>
internal static class SyntaxHelpers
{
    public static ErrorLocation[]? LocationsOf(SyntaxNode? node)
        => node?.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null;

    public static ErrorLocation[]? LocationsOf(IReadOnlyList<FieldNode> nodes)
    {
        var count = 0;
        foreach (var node in nodes)
        {
            if (node.Location is not null)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return null;
        }

        var locations = new ErrorLocation[count];
        var i = 0;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations[i++] = new ErrorLocation(location.Line, location.Column);
            }
        }

        return locations;
    }
}
