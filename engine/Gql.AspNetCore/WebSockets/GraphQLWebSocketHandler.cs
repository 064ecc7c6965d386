using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gql.AspNetCore;

/// <summary>
/// Accepts WebSocket upgrades on the GraphQL path and runs the <c>graphql-transport-ws</c>
/// protocol. A client that does not offer that sub-protocol is accepted and closed with 4406,
/// as graphql-ws's own server does, so it learns why.
/// </summary>
internal sealed class GraphQLWebSocketHandler(GraphQLServer server, string schemaName)
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private ISocketSessionInterceptor[]? _interceptors;

    public async Task HandleAsync(HttpContext context)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(SocketCloseCodes.SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offered ? SocketCloseCodes.SubProtocol : null).ConfigureAwait(false);
        if (!offered)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(CloseHandshakeTimeout);
            await socket.CloseAsync((WebSocketCloseStatus)SocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token).ConfigureAwait(false);
            return;
        }

        var session = new SocketSession(socket, context, server, GetInterceptors(context.RequestServices));
        await session.RunAsync().ConfigureAwait(false);
    }

    private ISocketSessionInterceptor[] GetInterceptors(IServiceProvider services)
    {
        if (_interceptors is { } interceptors)
        {
            return interceptors;
        }

        var setup = services.GetRequiredService<IOptionsMonitor<SocketSessionSetup>>().Get(schemaName);
        interceptors = new ISocketSessionInterceptor[setup.InterceptorTypes.Count];
        for (var i = 0; i < interceptors.Length; i++)
        {
            interceptors[i] = (ISocketSessionInterceptor)services.GetRequiredService(setup.InterceptorTypes[i]);
        }

        return _interceptors = interceptors;
    }
}
