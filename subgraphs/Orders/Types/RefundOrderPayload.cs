using ECommerce.Orders.Model;

namespace ECommerce.Orders.Types;

public sealed record RefundOrderPayload(Order? Order, IReadOnlyList<IRefundOrderError>? Errors);
