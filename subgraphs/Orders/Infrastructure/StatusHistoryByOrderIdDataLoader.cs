using ECommerce.Orders.Model;
using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>The status history of every order of a batch in one query, oldest change first.</summary>
public sealed class StatusHistoryByOrderIdDataLoader(DataLoaderScope scope, DbContextOptions<OrdersContext> options) : GroupedDataLoader<Guid, OrderStatusChange>(scope)
{
    protected override async Task<ILookup<Guid, OrderStatusChange>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = new OrdersContext(options);
        var changes = await db.StatusChanges.AsNoTracking().Where(c => keys.Contains(c.OrderId)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return changes.ToLookup(c => c.OrderId);
    }
}
