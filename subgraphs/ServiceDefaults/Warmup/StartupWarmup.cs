using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>
/// Runs every <see cref="IWarmupStep"/> in registration order while the host starts, once every hosted
/// service has started (<see cref="IHostedLifecycleService.StartedAsync"/>): the web server already
/// listens, so steps may call the service itself, and the host's <c>StartAsync</c> returns only when the
/// warm-up is done. Until then <c>/health/ready</c> answers 503 ("warming up").
/// </summary>
public sealed partial class StartupWarmup(
    IEnumerable<IWarmupStep> steps,
    WarmupState state,
    IOptions<WarmupOptions> options,
    ILogger<StartupWarmup> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (options.Value.Enabled)
        {
            foreach (var step in steps)
            {
                await RunAsync(step, cancellationToken).ConfigureAwait(false);
            }
        }

        state.Complete(Stopwatch.GetElapsedTime(started));
        LogCompleted(logger, (long)state.Duration.TotalMilliseconds, state.Failures.Count);
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync(IWarmupStep step, CancellationToken cancellationToken)
    {
        state.Starting(step.Name);
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.StepTimeout);
        try
        {
            await step.RunAsync(timeout.Token).ConfigureAwait(false);
            LogStep(logger, step.Name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            state.Failed(step.Name, $"not done within {options.Value.StepTimeout.TotalSeconds:0.#} s");
            LogStepFailed(logger, step.Name, "timed out");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            state.Failed(step.Name, ex.Message);
            LogStepFailed(logger, step.Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warm-up step {Step} done in {Milliseconds} ms")]
    private static partial void LogStep(ILogger logger, string step, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up step {Step} failed: {Reason}")]
    private static partial void LogStepFailed(ILogger logger, string step, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up in {Milliseconds} ms ({Failures} steps failed); ready")]
    private static partial void LogCompleted(ILogger logger, long milliseconds, int failures);
}
