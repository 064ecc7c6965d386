namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>
/// Work a service does once at start-up, after it listens and before <c>/health/ready</c> reports it
/// ready, so that its first real requests do not pay for JIT compilation, the EF Core model, first
/// queries or new connections. A step must change nothing a client could see.
/// </summary>
public interface IWarmupStep
{
    /// <summary>For the log and the readiness report.</summary>
    string Name { get; }

    /// <summary>Runs the step; a failure is logged and reported, it does not stop the service.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
