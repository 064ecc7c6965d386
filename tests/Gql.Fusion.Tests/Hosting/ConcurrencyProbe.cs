namespace Gql.Fusion.Tests.Hosting;

/// <summary>
/// Shared by several subgraphs: records how many of their requests were in flight at once. Each
/// request waits (bounded) until <see cref="Expected"/> requests are in flight, so requests the
/// gateway sends together overlap for sure, and requests sent one after another do not.
/// </summary>
public sealed class ConcurrencyProbe(int expected)
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _max;

    public int Expected { get; } = expected;

    public int MaxInFlight => Volatile.Read(ref _max);

    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, max) != max)
        {
        }

        if (now >= Expected)
        {
            _allArrived.TrySetResult();
        }

        try
        {
            await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Sequential requests never all arrive; the maximum tells the test.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
