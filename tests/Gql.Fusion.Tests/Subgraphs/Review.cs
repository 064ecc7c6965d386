using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

public sealed record Review([property: ID] string Id, string Body, [property: GraphQLIgnore] string AuthorId, [property: GraphQLIgnore] string ProductUpc)
{
    public ReviewAuthor GetAuthor() => new(AuthorId);

    public ReviewedProduct GetProduct() => new(ProductUpc);
}
