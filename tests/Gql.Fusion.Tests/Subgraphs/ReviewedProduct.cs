using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

/// <summary>The reviews subgraph's view of a product: the key and its reviews.</summary>
[Key("upc")]
[GraphQLName("Product")]
public sealed record ReviewedProduct(string Upc)
{
    public IReadOnlyList<Review>? GetReviews(ReviewStore store) => store.ByProduct(Upc);
}
