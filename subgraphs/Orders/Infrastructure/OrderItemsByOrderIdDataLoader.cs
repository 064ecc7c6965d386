using ECommerce.Orders.Model;
using Gql.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>The items of every order of a batch in one query, in checkout order.</summary>
public sealed class OrderItemsByOrderIdDataLoader(DataLoaderScope scope, DbContextOptions<OrdersContext> options) : GroupedDataLoader<Guid, OrderItem>(scope)
{
    protected override async Task<ILookup<Guid, OrderItem>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = new OrdersContext(options);
        var items = await db.OrderItems.AsNoTracking().Where(i => keys.Contains(i.OrderId)).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        return items.ToLookup(i => i.OrderId);
    }
}
