using ECommerce.Products.Model;
using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Infrastructure;

/// <summary>Categories by id (every <c>Product.category</c> of a page in one query, categoryById, node).</summary>
public sealed class CategoryByIdDataLoader(DataLoaderScope scope, DbContextOptions<ProductsContext> options) : ByIdDataLoader<Category>(scope, options)
{
    protected override IQueryable<Category> Find(ProductsContext db, IReadOnlyList<Guid> keys) => db.Categories.Where(c => keys.Contains(c.Id));

    protected override Guid KeyOf(Category row) => row.Id;
}
