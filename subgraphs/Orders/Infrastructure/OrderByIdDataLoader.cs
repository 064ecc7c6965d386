using ECommerce.Orders.Model;
using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>Orders by id in one query per batch (the gateway's entity lookups for many orders at once).</summary>
public sealed class OrderByIdDataLoader(DataLoaderScope scope, DbContextOptions<OrdersContext> options) : BatchDataLoader<Guid, Order>(scope)
{
    protected override async Task<IReadOnlyDictionary<Guid, Order>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = new OrdersContext(options);
        return await db.Orders.AsNoTracking().Where(o => keys.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
    }
}
