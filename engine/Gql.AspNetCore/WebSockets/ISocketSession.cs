using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore;

/// <summary>One GraphQL over WebSocket connection, as seen by an <see cref="ISocketSessionInterceptor"/>.</summary>
public interface ISocketSession
{
    /// <summary>The HTTP request that was upgraded to the WebSocket (its user, headers, services).</summary>
    HttpContext HttpContext { get; }

    /// <summary>The payload of <c>connection_init</c> (null before it arrives, or when it had none).</summary>
    IReadOnlyDictionary<string, object?>? ConnectionInitPayload { get; }

    /// <summary>Entries copied into the <c>ContextData</c> of every request of this connection.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Signalled when the connection closes.</summary>
    CancellationToken ConnectionClosed { get; }
}
