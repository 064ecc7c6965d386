namespace ECommerce.Users.Infrastructure;

/// <summary>Failed log-ins allowed per email (configuration section <c>Users:LogInThrottle</c>).</summary>
public sealed class LogInThrottleOptions
{
    public const string SectionName = "Users:LogInThrottle";

    /// <summary>Failures within <see cref="Window"/> after which further log-ins for the email are refused until it ends.</summary>
    public int MaxFailures { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
