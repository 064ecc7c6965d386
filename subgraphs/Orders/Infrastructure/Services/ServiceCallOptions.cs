namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>Configuration section <c>Orders:ServiceCalls</c>: how Orders calls Products, Inventory and Payments.</summary>
public sealed class ServiceCallOptions
{
    public const string SectionName = "Orders:ServiceCalls";

    /// <summary>Bound on one attempt (connect, send, answer).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per call when the failure is transient (no connection, timeout, HTTP 5xx, 408, 429).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the second attempt; it doubles for each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
