using Gql.Federation;
using Gql.Types;

namespace Gql.FederationComposition.Host.Reviews;

/// <summary>The Reviews subgraph's view of a product: only its key, plus the reviews it contributes.</summary>
[Key("id")]
[GraphQLName("Product")]
public sealed record ReviewedProduct([property: ID] int Id)
{
    public IReadOnlyList<Review> GetReviews(ReviewStore store) => store.ForProduct(Id);
}
