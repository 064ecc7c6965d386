using Gql.Execution;

namespace Gql.AspNetCore;

/// <summary>
/// Sees the life of a GraphQL over WebSocket connection (Hot Chocolate's interceptor of the same
/// name): <c>connection_init</c> (authenticate the payload, reject with 4403), each operation's
/// request before it executes, and the close. Registered as a singleton with
/// <c>AddSocketSessionInterceptor&lt;T&gt;()</c>; derive from <see cref="SocketSessionInterceptor"/>
/// to override only what you need.
/// </summary>
public interface ISocketSessionInterceptor
{
    ValueTask<SocketConnectResult> OnConnectAsync(ISocketSession session, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken);

    ValueTask<GraphQLRequest> OnRequestAsync(ISocketSession session, string operationId, GraphQLRequest request, CancellationToken cancellationToken);

    ValueTask OnCloseAsync(ISocketSession session);
}
