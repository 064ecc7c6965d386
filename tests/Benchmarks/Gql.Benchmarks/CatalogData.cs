namespace Gql.Benchmarks;

/// <summary>
/// The in-memory data the operations run over: plain dictionaries and lists, read by the default
/// field resolver. js/data.mjs builds the same values with the same formulas; the smoke check
/// compares the two engines' results, so any drift between them fails.
/// </summary>
public static class CatalogData
{
    public const int ProductCount = 1000;
    private const int CategoryCount = 10;

    public static IReadOnlyDictionary<string, object?> CreateRoot()
    {
        var categories = new List<Dictionary<string, object?>>(CategoryCount);
        for (var k = 0; k < CategoryCount; k++)
        {
            categories.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = $"C{k}",
                ["name"] = $"Category {k}",
            });
        }

        var products = new List<object?>(ProductCount);
        for (var i = 1; i <= ProductCount; i++)
        {
            products.Add(CreateProduct(i, categories[i % CategoryCount]));
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["shop"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = "S1",
                ["name"] = "Benchmark Shop",
                ["currency"] = "EUR",
            },
            ["products"] = products,
        };
    }

    private static Dictionary<string, object?> CreateProduct(int i, Dictionary<string, object?> category)
        => new(StringComparer.Ordinal)
        {
            ["id"] = $"P{i}",
            ["sku"] = $"SKU-{100000 + i}",
            ["name"] = $"Product {i}",
            ["description"] = i % 5 == 0 ? null : $"Description of product {i}",
            ["price"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["amount"] = (i * 37 % 10000) / 100.0,
                ["currency"] = "EUR",
            },
            ["availability"] = i % 10 == 0 ? "LOW_STOCK" : "IN_STOCK",
            ["rating"] = i % 7 == 0 ? null : (i % 5) + 1,
            ["tags"] = new List<object?> { $"tag{i % 3}", $"tag{i % 11}" },
            ["category"] = category,
        };
}
