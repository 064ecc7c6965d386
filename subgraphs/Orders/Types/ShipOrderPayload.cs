using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record ShipOrderPayload(Order? Order, IReadOnlyList<IShipOrderError>? Errors);
