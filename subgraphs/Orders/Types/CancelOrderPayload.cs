using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record CancelOrderPayload(Order? Order, IReadOnlyList<ICancelOrderError>? Errors);
