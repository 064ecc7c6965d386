using ECommerce.Products.Model;
using Gql.Data;
using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Infrastructure;

/// <summary>
/// One page of products (by SKU) per category for a whole batch of categories: one statement for the
/// pages (ROW_NUMBER per category) and one for the counts, whatever the number of categories.
/// </summary>
public sealed class ProductsByCategoryDataLoader(DataLoaderScope scope, DbContextOptions<ProductsContext> options, PagingArguments arguments)
    : BatchDataLoader<Guid, Page<Product>>(scope)
{
    protected override async Task<IReadOnlyDictionary<Guid, Page<Product>>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = new ProductsContext(options);
        var inBatch = db.Products.AsNoTracking().Where(p => keys.Contains(p.CategoryId));
        var pages = await inBatch.OrderBy(p => p.Sku).ToBatchPageAsync(p => p.CategoryId, arguments, cancellationToken);
        var counts = await inBatch.GroupBy(p => p.CategoryId)
            .Select(g => new { CategoryId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CategoryId, g => g.Count, cancellationToken);
        return keys.ToDictionary(
            key => key,
            key =>
            {
                var total = counts.GetValueOrDefault(key);
                return pages.TryGetValue(key, out var page)
                    ? new Page<Product>(page.Items, page.HasNextPage, page.HasPreviousPage, page.CreateCursor, total)
                    : new Page<Product>([], hasNextPage: false, hasPreviousPage: false, _ => string.Empty, total);
            });
    }
}
