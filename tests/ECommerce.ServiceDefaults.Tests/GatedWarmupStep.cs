using ECommerce.ServiceDefaults.Warmup;

namespace ECommerce.ServiceDefaults.Tests;

/// <summary>A warm-up step that runs until the test opens its gate.</summary>
internal sealed class GatedWarmupStep : IWarmupStep
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "gated";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await Gate.Task.WaitAsync(cancellationToken);
    }
}
