using System.Diagnostics;
using Gql.Execution;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.AspNetCore.Instrumentation;

/// <summary>
/// Records an executor's requests as <see cref="Activity"/> spans (<c>graphql.request</c> with
/// <c>graphql.parse</c>, <c>graphql.validate</c> and <c>graphql.execute</c> below it) and as
/// metrics (<see cref="GraphQLTelemetry"/>). Added by <c>AddInstrumentation()</c>, or directly to
/// <see cref="RequestExecutorOptions.DiagnosticEvents"/>. Spans are only created when a listener
/// samples them; with no listener and no metric reader a request costs one check.
/// </summary>
public sealed class ActivityExecutionDiagnosticEvents : IExecutionDiagnosticEvents
{
    private static readonly ActivitySource Source = new(GraphQLTelemetry.ActivitySourceName);

    private readonly InstrumentationOptions _options;
    private readonly AsyncLocal<RequestScope?> _current = new();

    public ActivityExecutionDiagnosticEvents(InstrumentationOptions? options = null)
    {
        _options = options ?? new InstrumentationOptions();
    }

    public IDisposable ExecuteRequest(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activity = StartActivity(GraphQLTelemetry.RequestActivityName);
        var recordMetrics = _options.EnableMetrics && RequestMetrics.Enabled;
        if (activity is null && !recordMetrics)
        {
            return NoopScope.Instance;
        }

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(GraphQLTelemetry.DocumentHashTag, DocumentHashOf(request));
            if (_options.IncludeDocument && request.Query is { } query)
            {
                activity.SetTag(GraphQLTelemetry.DocumentTag, query);
            }
        }

        var scope = new RequestScope(_current, request, activity, recordMetrics);
        scope.Enter();
        return scope;
    }

    public IDisposable ParseDocument(GraphQLRequest request)
        => (IDisposable?)StartActivity(GraphQLTelemetry.ParseActivityName) ?? NoopScope.Instance;

    public IDisposable ValidateDocument(GraphQLRequest request)
        => (IDisposable?)StartActivity(GraphQLTelemetry.ValidateActivityName) ?? NoopScope.Instance;

    public IDisposable ExecuteOperation(GraphQLRequest request, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        CurrentScope(request)?.OnOperation(operation);
        var activity = StartActivity(GraphQLTelemetry.ExecuteActivityName);
        if (activity is null)
        {
            return NoopScope.Instance;
        }

        if (activity.IsAllDataRequested)
        {
            activity.SetTag(GraphQLTelemetry.OperationTypeTag, RequestScope.OperationTypeName(operation.Operation));
            activity.SetTag(GraphQLTelemetry.OperationNameTag, operation.Name?.Value);
        }

        return activity;
    }

    public void RequestErrors(GraphQLRequest request, IReadOnlyList<GraphQLError> errors)
        => CurrentScope(request)?.OnErrors(errors);

    private Activity? StartActivity(string name)
        => _options.EnableTracing && Source.HasListeners() ? Source.StartActivity(name, ActivityKind.Internal) : null;

    private RequestScope? CurrentScope(GraphQLRequest request)
        => _current.Value is { } scope && ReferenceEquals(scope.Request, request) ? scope : null;

    private static string? DocumentHashOf(GraphQLRequest request)
    {
        if (request.Query is { } query)
        {
            return DocumentHash.Compute(query);
        }

        return request.DocumentId ?? (request.Document is { } document ? DocumentHash.Compute(document) : null);
    }
}
