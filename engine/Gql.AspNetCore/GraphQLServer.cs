using System.Text;
using Gql.Execution;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore;

/// <summary>
/// One built server: the schema's executor, its HTTP options, the SDL served by <c>?sdl</c>, and what
/// every transport applies before execution (persisted documents, operation checks, the timeout).
/// </summary>
internal sealed class GraphQLServer
{
    private byte[]? _sdl;

    public GraphQLServer(RequestExecutor executor, GraphQLServerOptions options, IHttpRequestInterceptor[] interceptors)
    {
        Executor = executor;
        Options = options;
        Interceptors = interceptors;
        // One resolver per server, so a document registered over one transport is known to the others.
        Persisted = PersistedOperationResolver.Create(options.PersistedOperations, executor.Services);
        Checks = new OperationChecks(this, [.. options.OperationChecks]);
    }

    public RequestExecutor Executor { get; }

    public GraphQLServerOptions Options { get; }

    public IHttpRequestInterceptor[] Interceptors { get; }

    public OperationTypeCache OperationTypes { get; } = new();

    public PersistedOperationResolver Persisted { get; }

    public OperationChecks Checks { get; }

    public ReadOnlyMemory<byte> Sdl => _sdl ??= Encoding.UTF8.GetBytes(SchemaPrinter.Print(Executor.Schema));

    /// <summary>
    /// The operation checks (depth, cost, ...), then the executor: with the execution timeout, except for
    /// a subscription, whose event stream outlives any request timeout. Used by the WebSocket and SSE
    /// transports; the HTTP transport runs the same steps around its interceptors.
    /// </summary>
    public async Task<IExecutionResult> ExecuteCheckedAsync(HttpContext httpContext, GraphQLRequest request, CancellationToken cancellationToken)
    {
        Dictionary<string, object?>? reported = null;
        if (!Checks.IsEmpty && Checks.Run(httpContext, request, out reported) is { } refused)
        {
            return refused;
        }

        var isSubscription = request.Query is { } query
            && OperationTypes.TryGetOperationType(query, request.OperationName, out _, out var type)
            && type == OperationType.Subscription;
        var result = isSubscription
            ? await Executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false)
            : await ExecutionTimeout.ExecuteAsync(Executor, request, cancellationToken).ConfigureAwait(false);
        return result is ExecutionResult single && reported is not null ? OperationChecks.AddExtensions(single, reported) : result;
    }
}
