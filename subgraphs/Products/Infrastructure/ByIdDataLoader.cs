using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Infrastructure;

/// <summary>Rows by id, one query (<c>WHERE id = ANY (@keys)</c>) per batch, on a context of its own.</summary>
public abstract class ByIdDataLoader<T>(DataLoaderScope scope, DbContextOptions<ProductsContext> options) : BatchDataLoader<Guid, T>(scope)
    where T : class
{
    protected abstract IQueryable<T> Find(ProductsContext db, IReadOnlyList<Guid> keys);

    protected abstract Guid KeyOf(T row);

    protected override async Task<IReadOnlyDictionary<Guid, T>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = new ProductsContext(options);
        return await Find(db, keys).AsNoTracking().ToDictionaryAsync(KeyOf, cancellationToken);
    }
}
