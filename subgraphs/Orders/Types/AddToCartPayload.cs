using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record AddToCartPayload(Cart? Cart, IReadOnlyList<IAddToCartError>? Errors);
