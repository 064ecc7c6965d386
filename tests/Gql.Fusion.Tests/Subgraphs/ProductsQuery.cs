using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

public sealed class ProductsQuery
{
    public IReadOnlyList<Product> GetTopProducts(ProductStore store, int first = 5) => store.Products.Take(first).ToList();

    [Lookup]
    public Product? GetProductByUpc(string upc, ProductStore store) => store.ByUpc.GetValueOrDefault(upc);
}
