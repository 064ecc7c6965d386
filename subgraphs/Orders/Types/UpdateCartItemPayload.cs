using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record UpdateCartItemPayload(Cart? Cart, IReadOnlyList<IUpdateCartItemError>? Errors);
