namespace ECommerce.Orders.Model;

/// <summary>
/// An order event written in the same transaction as the change it describes; the publisher moves it
/// to Redis (<see cref="PublishedAt"/>) and the notifier emails the customer (<see cref="NotifiedAt"/>).
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public Guid OrderId { get; set; }

    public string Type { get; set; } = "";

    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int PublishAttempts { get; set; }

    public DateTimeOffset? NotifiedAt { get; set; }

    public int NotifyAttempts { get; set; }

    /// <summary>When the notifier may try again after a failure.</summary>
    public DateTimeOffset? NextNotifyAt { get; set; }
}
