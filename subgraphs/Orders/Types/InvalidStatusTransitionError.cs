using ECommerce.Orders.Model;
using Gql.Types;

namespace ECommerce.Orders.Types;

/// <summary>The status machine does not allow this change from the order's current status; nothing changed.</summary>
public sealed record InvalidStatusTransitionError([property: ID] string OrderId, OrderStatus CurrentStatus, OrderStatus RequestedStatus)
    : IError, IShipOrderError, IDeliverOrderError, ICancelOrderError, IRefundOrderError
{
    public string Message => $"An order that is {OrderStatusRules.Name(CurrentStatus)} cannot become {OrderStatusRules.Name(RequestedStatus)}.";
}
