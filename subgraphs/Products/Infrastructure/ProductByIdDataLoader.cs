using ECommerce.Products.Model;
using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Infrastructure;

/// <summary>Products by id (productById, productsByIds, node, the gateway's entity lookups).</summary>
public sealed class ProductByIdDataLoader(DataLoaderScope scope, DbContextOptions<ProductsContext> options) : ByIdDataLoader<Product>(scope, options)
{
    protected override IQueryable<Product> Find(ProductsContext db, IReadOnlyList<Guid> keys) => db.Products.Where(p => keys.Contains(p.Id));

    protected override Guid KeyOf(Product row) => row.Id;
}
