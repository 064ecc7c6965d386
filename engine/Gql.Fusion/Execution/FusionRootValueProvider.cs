using Gql.AspNetCore;
using Gql.Execution;
using Gql.Fusion.Execution.Direct;
using Gql.Fusion.Execution.InPlace;
using Gql.Fusion.Planning;
using Gql.Language;
using Gql.Language.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Execution;

/// <summary>
/// The gateway's hook into the request executor: plans the operation (cached), runs the plan
/// against the subgraphs, and writes the response's data straight from the merged results
/// (<see cref="DirectResponseWriter"/>), or, where that is not enough (nulls to propagate, errors,
/// introspection), hands them to the executor as the root value, which then completes the result
/// against the public schema (null propagation, <c>__typename</c>, introspection).
/// </summary>
internal sealed class FusionRootValueProvider(QueryPlanCache plans, PlanExecutor executor, FusionGatewayOptions options) : IRootValueProvider
{
    private readonly ResponseShapeCache _shapes = new();
    private int _writtenInPlace;
    private int _replayed;
    private int _copiedObjects;

    /// <summary>How many responses were written straight from the subgraph answers (an in-place merge).</summary>
    public int WrittenInPlace => Volatile.Read(ref _writtenInPlace);

    /// <summary>How many in-place merges were replayed into a merged tree (errors, null propagation, no shape).</summary>
    public int Replayed => Volatile.Read(ref _replayed);

    /// <summary>How many objects of in-place responses were copied from an equal object written before in the same response.</summary>
    public int CopiedObjects => Volatile.Read(ref _copiedObjects);

    public const string QueryPlanHeader = "GraphQL-Query-Plan";
    public const string QueryPlanExtension = "queryPlan";

    private static readonly IReadOnlyList<KeyValuePair<string, StringValues>> NoHeaders = [];

    public async ValueTask<ProvidedRootValue> ProvideAsync(RootValueRequest request, CancellationToken cancellationToken)
    {
        QueryPlan plan;
        try
        {
            plan = plans.GetOrPlan(request.Operation, request.Fragments);
        }
        catch (QueryPlanningException ex)
        {
            return PlanningFailed(request.Operation, ex);
        }

        var httpContext = request.ContextData.TryGetValue(ContextDataKeys.HttpContext, out var value) ? value as HttpContext : null;
        var initPayload = request.ContextData.TryGetValue(ContextDataKeys.ConnectionInitPayload, out var payload)
            ? payload as IReadOnlyDictionary<string, object?>
            : null;
        var writesDirectly = options.WriteResponsesDirectly && plan.Operation != OperationType.Subscription;
        var context = new FetchContext(request.Request.Variables, ForwardedHeaders(httpContext, initPayload))
        {
            MayShareSubgraphRequests = plan.Operation == OperationType.Query,
            IsMutation = plan.Operation == OperationType.Mutation,
            KeepsRawStrings = writesDirectly,
            Outcomes = writesDirectly ? new FetchOutcome?[plan.Fetches.Count] : null,
            Plan = plan,
        };
        if (plan.Operation == OperationType.Subscription)
        {
            return new ProvidedRootValue(new GatewaySubscription(plan, context, executor));
        }

        try
        {
            return await ExecuteAsync(request, plan, context, httpContext, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.ReleaseResponses();
        }
    }

    private async Task<ProvidedRootValue> ExecuteAsync(RootValueRequest request, QueryPlan plan, FetchContext context, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        await executor.ExecuteAsync(plan, context, cancellationToken).ConfigureAwait(false);
        var extensions = options.AllowQueryPlan && WantsPlan(request, httpContext)
            ? new Dictionary<string, object?>(StringComparer.Ordinal) { [QueryPlanExtension] = plan.ToValue() }
            : null;
        var shape = options.WriteResponsesDirectly ? _shapes.GetOrCompile(request.Schema, request.Operation, request.Fragments) : null;
        if (context.Outcomes is { } outcomes)
        {
            // Merged in place: written straight from the subgraph answers, else replayed into the
            // merged tree and written (or completed) from it as below.
            if (shape is not null
                && !context.NeedsReplay
                && InPlaceResponseWriter.TryWrite(shape, plan, outcomes, httpContext is null ? null : DirectResponseWriter.BufferPool, out var inPlaceBuffers, out var copiedObjects) is { } inPlaceData)
            {
                Interlocked.Increment(ref _writtenInPlace);
                if (copiedObjects > 0)
                {
                    Interlocked.Add(ref _copiedObjects, copiedObjects);
                }

                return Written(context, httpContext, inPlaceBuffers, inPlaceData, extensions);
            }

            Interlocked.Increment(ref _replayed);
            PlanExecutor.Replay(plan, context);
        }

        if (shape is not null
            && context.Errors is null
            && DirectResponseWriter.TryWrite(shape, context.Root, httpContext is null ? null : DirectResponseWriter.BufferPool, out var buffers) is { } data)
        {
            return Written(context, httpContext, buffers, data, extensions);
        }

        if (context.KeepsRawStrings)
        {
            ResultMerger.MaterializeRawStrings(context.Root);
        }

        return new ProvidedRootValue(context.Root, context.Errors, extensions);
    }

    private static ProvidedRootValue Written(FetchContext context, HttpContext? httpContext, SegmentedBufferWriter? buffers, WrittenResponseData data, Dictionary<string, object?>? extensions)
    {
        // Over HTTP the buffers go back to the pool when the response has been sent.
        if (buffers is not null)
        {
            httpContext!.Response.RegisterForDispose(buffers);
        }

        return new ProvidedRootValue(context.Root, null, extensions) { CompletedData = data };
    }

    // Over WebSocket a browser cannot set headers: the client's connection_init payload may carry
    // them ({"Authorization": "Bearer ..."}, or {"token": "..."} for Authorization).
    private IReadOnlyList<KeyValuePair<string, StringValues>> ForwardedHeaders(HttpContext? httpContext, IReadOnlyDictionary<string, object?>? initPayload)
    {
        if ((httpContext is null && initPayload is null) || options.ForwardHeaders.Count == 0)
        {
            return NoHeaders;
        }

        List<KeyValuePair<string, StringValues>>? headers = null;
        foreach (var name in options.ForwardHeaders)
        {
            if (httpContext is not null && httpContext.Request.Headers.TryGetValue(name, out var values) && values.Count > 0)
            {
                (headers ??= []).Add(new KeyValuePair<string, StringValues>(name, values));
            }
            else if (initPayload is not null && FromInitPayload(initPayload, name) is { Length: > 0 } value)
            {
                (headers ??= []).Add(new KeyValuePair<string, StringValues>(name, value));
            }
        }

        return headers ?? NoHeaders;
    }

    private static string? FromInitPayload(IReadOnlyDictionary<string, object?> payload, string header)
    {
        foreach (var (key, value) in payload)
        {
            if (string.Equals(key, header, StringComparison.OrdinalIgnoreCase) && value is string text)
            {
                return text;
            }
        }

        return string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase)
            && payload.TryGetValue("token", out var token) && token is string bare && bare.Length > 0
                ? "Bearer " + bare
                : null;
    }

    private static bool WantsPlan(RootValueRequest request, HttpContext? httpContext)
    {
        if (request.Request.Extensions is { } extensions
            && extensions.TryGetValue(QueryPlanExtension, out var asked)
            && asked is true)
        {
            return true;
        }

        return httpContext is not null
            && httpContext.Request.Headers.TryGetValue(QueryPlanHeader, out var header)
            && (header == "1" || string.Equals(header, "true", StringComparison.OrdinalIgnoreCase));
    }

    // Each root field becomes null with the planning error (the executor adds paths and locations).
    private static ProvidedRootValue PlanningFailed(OperationDefinitionNode operation, QueryPlanningException exception)
    {
        var error = GraphQLError.WithCode(exception.Message, QueryPlanningException.Code);
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        var marker = new GraphQLException(error);
        foreach (var selection in operation.SelectionSet.Selections)
        {
            if (selection is FieldNode field)
            {
                root[field.Alias?.Value ?? field.Name.Value] = marker;
            }
        }

        return new ProvidedRootValue(root, root.Count == 0 ? new[] { error } : null);
    }
}
