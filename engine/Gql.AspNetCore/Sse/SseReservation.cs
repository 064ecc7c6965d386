using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Gql.AspNetCore;

/// <summary>
/// A single-connection-mode reservation (graphql-sse PROTOCOL.md, "Making reservations"): the
/// token, the one event stream that may fulfil it, and the operations whose events it carries.
/// </summary>
internal sealed class SseReservation(string token)
{
    // Not disposed: operations still link to it while they wind down after the stream closed.
    private readonly CancellationTokenSource _closed = new();
    private int _connected;

    public string Token { get; } = token;

    /// <summary>Events of the operations, read by the stream once it is connected.</summary>
    public Channel<SseEvent> Events { get; } = Channel.CreateBounded<SseEvent>(new BoundedChannelOptions(64)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ConcurrentDictionary<string, CancellationTokenSource> Operations { get; } = new(StringComparer.Ordinal);

    /// <summary>Signalled when the stream disconnects or the reservation expires.</summary>
    public CancellationToken Closed => _closed.Token;

    public bool IsConnected => Volatile.Read(ref _connected) == 1;

    /// <summary>Only one stream may fulfil a reservation.</summary>
    public bool TryConnect() => Interlocked.Exchange(ref _connected, 1) == 0;

    public void Close()
    {
        Events.Writer.TryComplete();
        _closed.Cancel();
    }
}
