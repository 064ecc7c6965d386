using Gql.Federation;
using Gql.Types;

namespace Gql.FederationComposition.Host.Reviews;

public sealed class ReviewsQuery
{
    public IReadOnlyList<Review> GetReviews(ReviewStore store) => store.All;

    /// <summary>An internal lookup: the gateway (and <c>_entities</c>) reach the reviews of a product through it.</summary>
    [Lookup]
    [Internal]
    public ReviewedProduct? GetProductById([ID] int id) => new(id);
}
