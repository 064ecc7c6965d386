using System.Collections.Concurrent;
using Gql.Types;

namespace Gql.FederationComposition.Host.Products;

/// <summary>The in-memory catalog of the sample Products subgraph, and the key batches its loader received.</summary>
[Service]
public sealed class ProductCatalog
{
    private readonly ConcurrentQueue<int[]> _batches = new();

    public IReadOnlyDictionary<int, Category> Categories { get; } = new Dictionary<int, Category>
    {
        [1] = new(1, "Books"),
        [2] = new(2, "Games"),
    };

    public IReadOnlyList<Product> Products { get; } =
    [
        new(1, "Dune", 12, 400, 1),
        new(2, "Go board", 80, 2500, 2),
        new(3, "Chess set", 45, 1200, 2),
    ];

    /// <summary>The keys of each batch <see cref="ProductByIdDataLoader"/> loaded, in order.</summary>
    public IReadOnlyList<int[]> Batches => [.. _batches];

    public void RecordBatch(IReadOnlyList<int> keys) => _batches.Enqueue([.. keys]);
}
