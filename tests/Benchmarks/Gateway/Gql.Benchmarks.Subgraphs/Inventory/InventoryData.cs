namespace Gql.Benchmarks.Subgraphs.Inventory;

/// <summary>The stock of the original benchmark's inventory subgraph: upc 1 to 9, in stock or not.</summary>
public static class InventoryData
{
    public static IReadOnlyList<InventoryProduct> Products { get; } =
    [
        new("1", true),
        new("2", false),
        new("3", false),
        new("4", false),
        new("5", true),
        new("6", true),
        new("7", true),
        new("8", false),
        new("9", true),
    ];

    private static readonly Dictionary<string, InventoryProduct> ByUpc = Products.ToDictionary(p => p.Upc, StringComparer.Ordinal);

    public static InventoryProduct? Find(string upc) => ByUpc.GetValueOrDefault(upc);
}
