using Gql.Federation;

namespace Gql.Benchmarks.Subgraphs.Products;

public sealed class ProductsQuery
{
    private const int DefaultCount = 5;

    /// <summary>The first products of the catalog; 5 when <paramref name="first"/> is null, as in the original.</summary>
    public IReadOnlyList<Product?>? GetTopProducts(int? first = DefaultCount) => ProductsData.First(first ?? DefaultCount);

    [Lookup]
    [Internal]
    public Product? GetProductByUpc(string upc) => ProductsData.Find(upc);
}
