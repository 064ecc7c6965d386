using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>Not ready while the start-up warm-up runs; ready afterwards (failed steps are named, they do not keep the service out).</summary>
public sealed class WarmupHealthCheck(WarmupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(state switch
        {
            { IsCompleted: false } => HealthCheckResult.Unhealthy($"warming up ({state.CurrentStep ?? "starting"})"),
            { Failures.Count: > 0 } => HealthCheckResult.Healthy($"warmed up in {state.Duration.TotalMilliseconds:0} ms; failed: {string.Join("; ", state.Failures)}"),
            _ => HealthCheckResult.Healthy($"warmed up in {state.Duration.TotalMilliseconds:0} ms"),
        });
}
