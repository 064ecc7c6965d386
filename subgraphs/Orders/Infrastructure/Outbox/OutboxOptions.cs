namespace ECommerce.Orders.Infrastructure.Outbox;

/// <summary>Configuration section <c>Orders:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Orders:Outbox";

    /// <summary>How often the workers look for events when nothing woke them.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first wait after a failure (Redis down, email not sent); it doubles up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Events handled per transaction.</summary>
    public int BatchSize { get; set; } = 100;
}
