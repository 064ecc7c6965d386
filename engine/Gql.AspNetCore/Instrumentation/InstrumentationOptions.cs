namespace Gql.AspNetCore.Instrumentation;

/// <summary>What <c>AddInstrumentation()</c> records.</summary>
public sealed class InstrumentationOptions
{
    /// <summary>Create spans (when a listener samples them). Default true.</summary>
    public bool EnableTracing { get; set; } = true;

    /// <summary>Record the request count, duration and error metrics. Default true.</summary>
    public bool EnableMetrics { get; set; } = true;

    /// <summary>Put the full query text on the request span. Off by default: documents may be large or sensitive.</summary>
    public bool IncludeDocument { get; set; }
}
