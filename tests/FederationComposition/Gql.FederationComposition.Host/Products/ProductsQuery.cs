using Gql.Federation;
using Gql.Types;

namespace Gql.FederationComposition.Host.Products;

public sealed class ProductsQuery
{
    public IReadOnlyList<Product> GetProducts(ProductCatalog catalog) => catalog.Products;

    [Lookup]
    public async Task<Product?> GetProductById([ID] int id, ProductByIdDataLoader products, CancellationToken cancellationToken)
        => await products.LoadAsync(id, cancellationToken);
}
