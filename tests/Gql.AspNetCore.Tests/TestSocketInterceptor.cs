using Gql.Execution;

namespace Gql.AspNetCore.Tests;

/// <summary>
/// Rejects connection_init payloads with <c>"reject": true</c>, fails on <c>"explode": true</c>,
/// acknowledges the rest with <c>{"server":"gql"}</c>, and stores each operation's id in its context data.
/// </summary>
public sealed class TestSocketInterceptor : SocketSessionInterceptor
{
    public const string OperationIdKey = "socketOperationId";

    private int _closed;

    /// <summary>How many sessions have closed.</summary>
    public int Closed => Volatile.Read(ref _closed);

    public override ValueTask<SocketConnectResult> OnConnectAsync(ISocketSession session, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        if (payload?.GetValueOrDefault("explode") is true)
        {
            throw new InvalidOperationException("The interceptor failed.");
        }

        return ValueTask.FromResult(payload?.GetValueOrDefault("reject") is true
            ? SocketConnectResult.Reject()
            : SocketConnectResult.Accept(new Dictionary<string, object?> { ["server"] = "gql" }));
    }

    public override ValueTask<GraphQLRequest> OnRequestAsync(ISocketSession session, string operationId, GraphQLRequest request, CancellationToken cancellationToken)
    {
        request.ContextData![OperationIdKey] = operationId;
        return ValueTask.FromResult(request);
    }

    public override ValueTask OnCloseAsync(ISocketSession session)
    {
        Interlocked.Increment(ref _closed);
        return ValueTask.CompletedTask;
    }
}
