using Gql.Federation;
using Gql.Types;

namespace Gql.FederationComposition.Host.Reviews;

/// <summary>
/// The Reviews subgraph's view of a product: its key, the reviews it contributes, and a shipping
/// estimate computed from the weight the Products subgraph owns (<c>@require</c>, sent by the gateway).
/// </summary>
[Key("id")]
[GraphQLName("Product")]
public sealed record ReviewedProduct([property: ID] int Id)
{
    /// <summary>Owned by Products; declared here so the shipping estimate can require it.</summary>
    [External]
    public int Weight { get; init; }

    public IReadOnlyList<Review> GetReviews(ReviewStore store) => store.ForProduct(Id);

    /// <summary>Five days plus one per 100 g.</summary>
    public int? GetShippingEstimate([Require("weight")] int? weight) => weight is null ? null : weight / 100 + 5;
}
