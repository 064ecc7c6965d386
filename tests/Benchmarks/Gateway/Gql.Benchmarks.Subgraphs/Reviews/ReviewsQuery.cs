using Gql.Federation;
using Gql.Types;

namespace Gql.Benchmarks.Subgraphs.Reviews;

/// <summary>Only lookups: gateways reach reviews through users and products.</summary>
public sealed class ReviewsQuery
{
    [Lookup]
    [Internal]
    public Review? GetReviewById([ID] string id) => ReviewsData.Find(id);

    /// <summary>Any user id: every user has the same two reviews. The username stays unknown here (only authors provide it).</summary>
    [Lookup]
    [Internal]
    public ReviewAuthor? GetUserById([ID] string id) => new(id);

    [Lookup]
    [Internal]
    public ReviewedProduct? GetProductByUpc(string upc) => new(upc);
}
