using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

[Service]
public sealed class ProductStore
{
    public ProductStore()
    {
        Products = Enumerable.Range(1, SampleData.ProductCount).Select(n => new Product("p" + n, "Product " + n, n * 10, n * 100)).ToList();
        ByUpc = Products.ToDictionary(p => p.Upc);
    }

    public IReadOnlyList<Product> Products { get; }

    public IReadOnlyDictionary<string, Product> ByUpc { get; }
}
