using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record CheckoutPayload(Order? Order, IReadOnlyList<ICheckoutError>? Errors);
