namespace Gql.SubscriptionConformance.Host;

/// <summary>How many subscription source streams are running, so clients can check that unsubscribing stops them.</summary>
public sealed class StreamCounter
{
    private int _active;

    public int Active => Volatile.Read(ref _active);

    public void Start() => Interlocked.Increment(ref _active);

    public void Stop() => Interlocked.Decrement(ref _active);
}
