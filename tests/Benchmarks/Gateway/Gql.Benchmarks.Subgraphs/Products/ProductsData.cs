namespace Gql.Benchmarks.Subgraphs.Products;

/// <summary>The nine products of the original benchmark's products subgraph, in its order.</summary>
public static class ProductsData
{
    public static IReadOnlyList<Product> Products { get; } =
    [
        new("1", "Table", 899, 100),
        new("2", "Couch", 1299, 1000),
        new("3", "Glass", 15, 20),
        new("4", "Chair", 499, 100),
        new("5", "TV", 1299, 1000),
        new("6", "Lamp", 6999, 300),
        new("7", "Grill", 3999, 2000),
        new("8", "Fridge", 100000, 6000),
        new("9", "Sofa", 9999, 800),
    ];

    private static readonly Dictionary<string, Product> ByUpc = Products.ToDictionary(p => p.Upc, StringComparer.Ordinal);

    // One list per length, so topProducts allocates nothing per request.
    private static readonly Product[][] Prefixes = [.. Enumerable.Range(0, Products.Count + 1).Select(n => Products.Take(n).ToArray())];

    public static Product? Find(string upc) => ByUpc.GetValueOrDefault(upc);

    /// <summary>The first <paramref name="count"/> products (all of them when there are fewer; none when negative).</summary>
    public static IReadOnlyList<Product> First(int count) => Prefixes[Math.Clamp(count, 0, Products.Count)];
}
