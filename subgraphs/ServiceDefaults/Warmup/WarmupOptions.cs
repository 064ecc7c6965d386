namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>Configuration section <c>Warmup</c>.</summary>
public sealed class WarmupOptions
{
    public const string SectionName = "Warmup";

    /// <summary>False skips the warm-up (the service is ready as soon as its database answers).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Bound on one step; a step that takes longer is abandoned and reported as failed.</summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
