using Gql.Types;

namespace Gql.Subscriptions.Tests.Schema;

public sealed class OrderSubscription
{
    /// <summary>Topic <c>OnOrderChanged_{orderId}</c>.</summary>
    [Subscribe]
    public Order OnOrderChanged([Topic] string orderId, [EventMessage] Order message) => message;

    /// <summary>Topic <c>shop/{shopId}/orders</c>.</summary>
    [Subscribe]
    [Topic("shop/{shopId}/orders")]
    public Order OnShopOrder(string shopId, [EventMessage] Order message) => message;

    /// <summary>Topic <c>OnOrderStatus</c>; the events are orders, the field is their status.</summary>
    [Subscribe(MessageType = typeof(Order))]
    public string OnOrderStatus([EventMessage] Order order) => order.Status;

    /// <summary>Topic <c>OnTick_{channel}_{fast}</c>: topic parts in parameter order.</summary>
    [Subscribe]
    public int OnTick([Topic] int channel, [Topic] bool fast, [EventMessage] int tick) => tick;

    /// <summary>Topic <c>OnState_{state}</c> with the enum's C# name (<c>OnState_ReadyToShip</c>).</summary>
    [Subscribe]
    public string OnState([Topic] OrderState state, [EventMessage] string message) => message;
}
