namespace Gql.AspNetCore.Tests;

/// <summary>Counts the subscription source streams that are running (started and not yet finished).</summary>
public sealed class StreamTracker
{
    private int _active;
    private int _started;

    public int Active => Volatile.Read(ref _active);

    public int Started => Volatile.Read(ref _started);

    public void Start()
    {
        Interlocked.Increment(ref _active);
        Interlocked.Increment(ref _started);
    }

    public void Stop() => Interlocked.Decrement(ref _active);

    /// <summary>Waits (bounded) until no stream is running.</summary>
    public async Task WaitUntilIdleAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (Active > 0)
        {
            await Task.Delay(10, cancellation.Token);
        }
    }

    /// <summary>Waits (bounded) until at least <paramref name="count"/> streams have started.</summary>
    public async Task WaitUntilStartedAsync(int count, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (Started < count)
        {
            await Task.Delay(10, cancellation.Token);
        }
    }
}
