namespace ECommerce.Orders.Model;

/// <summary>
/// The status machine: PENDING → PAID → SHIPPED → DELIVERED; PENDING → PAYMENT_FAILED or CANCELLED;
/// PAID → CANCELLED (refunded); PAID, SHIPPED or DELIVERED → REFUNDED. PAYMENT_FAILED, CANCELLED and
/// REFUNDED are final.
/// </summary>
public static class OrderStatusRules
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Pending] = [OrderStatus.Paid, OrderStatus.PaymentFailed, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.Refunded],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.Refunded],
        [OrderStatus.Delivered] = [OrderStatus.Refunded],
        [OrderStatus.PaymentFailed] = [],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    };

    /// <summary>The status as the schema spells it: <c>PAYMENT_FAILED</c>.</summary>
    public static string Name(OrderStatus status)
        => string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    public static bool CanChange(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);
}
