namespace Gql.AspNetCore;

/// <summary>
/// What <see cref="ISocketSessionInterceptor.OnConnectAsync"/> decided: accept (optionally with a
/// <c>connection_ack</c> payload) or reject, which closes the socket with 4403 Forbidden.
/// </summary>
public sealed class SocketConnectResult
{
    private SocketConnectResult(bool isAccepted, IReadOnlyDictionary<string, object?>? ackPayload)
    {
        IsAccepted = isAccepted;
        AckPayload = ackPayload;
    }

    public bool IsAccepted { get; }

    /// <summary>Sent as the <c>payload</c> of <c>connection_ack</c> when not null.</summary>
    public IReadOnlyDictionary<string, object?>? AckPayload { get; }

    public static SocketConnectResult Accept(IReadOnlyDictionary<string, object?>? ackPayload = null) => new(true, ackPayload);

    public static SocketConnectResult Reject() => new(false, null);
}
