namespace ECommerce.Orders.Model;

/// <summary>Where an order is in its life; <see cref="OrderStatusRules"/> says which changes are allowed.</summary>
public enum OrderStatus
{
    Pending,
    Paid,
    PaymentFailed,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}
