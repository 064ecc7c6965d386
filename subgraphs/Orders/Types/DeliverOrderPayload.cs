using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record DeliverOrderPayload(Order? Order, IReadOnlyList<IDeliverOrderError>? Errors);
