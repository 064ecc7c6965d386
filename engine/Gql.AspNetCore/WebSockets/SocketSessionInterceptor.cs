using Gql.Execution;

namespace Gql.AspNetCore;

/// <summary>An <see cref="ISocketSessionInterceptor"/> that accepts every connection and changes nothing.</summary>
public class SocketSessionInterceptor : ISocketSessionInterceptor
{
    public virtual ValueTask<SocketConnectResult> OnConnectAsync(ISocketSession session, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
        => ValueTask.FromResult(SocketConnectResult.Accept());

    public virtual ValueTask<GraphQLRequest> OnRequestAsync(ISocketSession session, string operationId, GraphQLRequest request, CancellationToken cancellationToken)
        => ValueTask.FromResult(request);

    public virtual ValueTask OnCloseAsync(ISocketSession session) => ValueTask.CompletedTask;
}
