using Gql.Federation;
using Gql.Types;

namespace Gql.Benchmarks.Subgraphs.Reviews;

/// <summary>The reviews subgraph's view of a product: its reviews.</summary>
[Key("upc")]
[GraphQLName("Product")]
public sealed record ReviewedProduct(string Upc)
{
    public IReadOnlyList<Review?>? GetReviews() => ReviewsData.ForProduct(Upc);
}
