using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record RemoveFromCartPayload(Cart? Cart, IReadOnlyList<IRemoveFromCartError>? Errors);
