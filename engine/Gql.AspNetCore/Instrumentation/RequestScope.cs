using System.Diagnostics;
using Gql.Execution;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.AspNetCore.Instrumentation;

/// <summary>
/// One request being recorded: its span (if sampled), its start time, and what the later
/// diagnostic calls learn (operation, errors). Ending it ends the span and records the metrics.
/// </summary>
internal sealed class RequestScope(
    AsyncLocal<RequestScope?> current,
    GraphQLRequest request,
    Activity? activity,
    bool recordMetrics) : IDisposable
{
    private readonly RequestScope? _previous = current.Value;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string? _operationType;
    private string? _operationName;
    private IReadOnlyList<GraphQLError>? _errors;
    private bool _executed;

    public GraphQLRequest Request { get; } = request;

    public void Enter() => current.Value = this;

    public void OnOperation(OperationDefinitionNode operation)
    {
        _executed = true;
        _operationType = OperationTypeName(operation.Operation);
        _operationName = operation.Name?.Value;
        if (activity is { IsAllDataRequested: true })
        {
            activity.DisplayName = _operationName is null ? _operationType : _operationType + " " + _operationName;
            activity.SetTag(GraphQLTelemetry.OperationTypeTag, _operationType);
            activity.SetTag(GraphQLTelemetry.OperationNameTag, _operationName);
        }
    }

    public void OnErrors(IReadOnlyList<GraphQLError> errors) => _errors = errors;

    public void Dispose()
    {
        current.Value = _previous;
        var errorCount = _errors?.Count ?? 0;
        if (activity is not null)
        {
            if (errorCount > 0)
            {
                activity.SetTag(GraphQLTelemetry.ErrorCountTag, errorCount);
                activity.SetStatus(ActivityStatusCode.Error, _errors![0].Message);
            }

            activity.Dispose();
        }

        if (recordMetrics)
        {
            RecordMetrics(errorCount);
        }
    }

    public static string OperationTypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private void RecordMetrics(int errorCount)
    {
        var status = errorCount == 0 ? "success" : _executed ? "partial" : "error";
        var tags = new TagList
        {
            { GraphQLTelemetry.OperationTypeTag, _operationType },
            { GraphQLTelemetry.OperationNameTag, _operationName },
            { GraphQLTelemetry.ResponseStatusTag, status },
        };
        RequestMetrics.Requests.Add(1, tags);
        RequestMetrics.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        if (errorCount == 0 || !RequestMetrics.Errors.Enabled)
        {
            return;
        }

        foreach (var error in _errors!)
        {
            RequestMetrics.Errors.Add(1, new TagList
            {
                { GraphQLTelemetry.ErrorCodeTag, error.Code ?? "UNKNOWN" },
                { GraphQLTelemetry.OperationTypeTag, _operationType },
                { GraphQLTelemetry.OperationNameTag, _operationName },
            });
        }
    }
}
