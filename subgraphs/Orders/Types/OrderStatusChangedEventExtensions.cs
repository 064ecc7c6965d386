using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Orders.Types;

/// <summary>The order an event is about, so a subscriber gets its items, products and payment with each event (through the gateway).</summary>
[ExtendObjectType(typeof(OrderStatusChangedEvent))]
public sealed class OrderStatusChangedEventExtensions
{
    [GraphQLDescription("The order as it is when the event is delivered; null when the subscriber may not read it.")]
    public async Task<Order?> GetOrderAsync([Parent] OrderStatusChangedEvent change, IResolverContext context, OrderByIdDataLoader orders, CancellationToken cancellationToken)
        => await orders.LoadAsync(change.OrderId, cancellationToken) is { } order && Viewer.From(context).CanRead(order) ? order : null;
}
