namespace ECommerce.Payments.Model;

/// <summary>A row of <c>webhook_events</c>: a provider event already handled (its id is the primary key, so a redelivery is handled once).</summary>
public sealed class WebhookEventRecord
{
    public required string Id { get; set; }

    public required string Type { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
