using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>Creates schema errors (code <see cref="ErrorCodes.SchemaInvalid"/>) located at the nodes they concern.</summary>
internal static class SchemaErrors
{
    public static GraphQLError Create(string message, params SyntaxNode?[] nodes) => Create(message, (IEnumerable<SyntaxNode?>)nodes);

    public static GraphQLError Create(string message, IEnumerable<SyntaxNode?> nodes)
    {
        var locations = nodes
            .Where(n => n?.Location is not null)
            .Select(n => new ErrorLocation(n!.Location!.Value.Line, n.Location.Value.Column))
            .ToArray();
        return GraphQLError.WithCode(message, ErrorCodes.SchemaInvalid, locations.Length > 0 ? locations : null);
    }
}
