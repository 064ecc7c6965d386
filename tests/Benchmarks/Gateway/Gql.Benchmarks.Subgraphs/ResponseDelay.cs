namespace Gql.Benchmarks.Subgraphs;

/// <summary>
/// The time every GraphQL response of the four subgraphs waits, shared by them: set at start
/// (<c>--delay-ms</c>) and changed by the benchmark driver between its runs (<c>POST /delay?ms=N</c>),
/// so the gateways under test keep running (and warm) from one mode to the other.
/// </summary>
public sealed class ResponseDelay(TimeSpan initial)
{
    private long _ticks = initial.Ticks;

    public TimeSpan Value
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
        set => Interlocked.Exchange(ref _ticks, value.Ticks);
    }
}
