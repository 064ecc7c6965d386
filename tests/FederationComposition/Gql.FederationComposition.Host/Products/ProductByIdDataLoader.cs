using Gql.DataLoader;

namespace Gql.FederationComposition.Host.Products;

/// <summary>Loads products by id in batches (and records each batch in the catalog).</summary>
public sealed class ProductByIdDataLoader(DataLoaderScope scope, ProductCatalog catalog) : BatchDataLoader<int, Product>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, Product>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        catalog.RecordBatch(keys);
        await Task.Yield();
        return catalog.Products.Where(p => keys.Contains(p.Id)).ToDictionary(p => p.Id);
    }
}
