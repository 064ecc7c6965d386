using Gql.Types;

namespace ECommerce.Orders.Model;

/// <summary>
/// An order's status changed (or, as the first event of a subscription, the status it has now).
/// Written to the outbox as JSON and published on Redis; <see cref="Sequence"/> is the status history
/// row, so a subscriber can drop an event it has already seen.
/// </summary>
public sealed record OrderStatusChangedEvent(
    [property: ID] Guid OrderId,
    OrderStatus Status,
    [property: GraphQLDescription("Null for the order's creation.")] OrderStatus? PreviousStatus,
    string? Reason,
    DateTimeOffset ChangedAt,
    [property: GraphQLIgnore] Guid UserId,
    [property: GraphQLIgnore] long Sequence)
{
    public const string TypeName = "OrderStatusChanged";

    /// <summary>The Redis topic of one order's events.</summary>
    [GraphQLIgnore]
    public static string Topic(Guid orderId) => $"orders/{orderId:D}/status";
}
