using Gql.Types;

namespace ECommerce.Orders.Model;

/// <summary>One change of an order's status (the first is the order's creation as PENDING).</summary>
public sealed class OrderStatusChange
{
    [GraphQLIgnore]
    public long Id { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    [GraphQLDescription("The status before the change; null for the order's creation.")]
    public OrderStatus? PreviousStatus { get; set; }

    public OrderStatus Status { get; set; }

    [GraphQLDescription("Why the status changed, such as \"payment declined: card_declined\".")]
    public string? Reason { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
