using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>The order's items and status history, loaded for all orders of a result in one query each.</summary>
[ExtendObjectType(typeof(Order))]
public sealed class OrderExtensions
{
    [GraphQLDescription("The items in checkout order, with the prices of that moment.")]
    public async Task<IReadOnlyList<OrderItem>> GetItemsAsync([Parent] Order order, OrderItemsByOrderIdDataLoader items, CancellationToken cancellationToken)
        => await items.LoadAsync(order.Id, cancellationToken);

    [GraphQLDescription("Every status the order had, oldest first (the first is PENDING, when it was placed).")]
    public async Task<IReadOnlyList<OrderStatusChange>> GetStatusHistoryAsync([Parent] Order order, StatusHistoryByOrderIdDataLoader history, CancellationToken cancellationToken)
        => await history.LoadAsync(order.Id, cancellationToken);
}
