using Gql.Types;

namespace Gql.FederationComposition.Host.Reviews;

/// <summary>The in-memory reviews of the sample Reviews subgraph.</summary>
[Service]
public sealed class ReviewStore
{
    public IReadOnlyList<Review> All { get; } =
    [
        new(1, "A classic.", 5, 1),
        new(2, "Heavy but beautiful.", 4, 2),
        new(3, "Still reading it.", 4, 1),
    ];

    public IReadOnlyList<Review> ForProduct(int productId) => All.Where(r => r.ProductId == productId).ToList();
}
