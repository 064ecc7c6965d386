using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record OrderNotFoundError([property: ID] string OrderId) : IError, IShipOrderError, IDeliverOrderError, ICancelOrderError, IRefundOrderError
{
    public string Message => "No order has this id.";
}
