namespace Gql.AspNetCore.Instrumentation;

/// <summary>
/// Names of the server's traces and metrics. Spans come from the <see cref="ActivitySourceName"/>
/// source (DataLoader batches from <c>Gql.DataLoader</c>); metrics from the <see cref="MeterName"/> meter.
/// Tag names follow the OpenTelemetry GraphQL conventions where they exist.
/// </summary>
public static class GraphQLTelemetry
{
    public const string ActivitySourceName = "Gql.AspNetCore";

    public const string MeterName = "Gql.AspNetCore";

    /// <summary>The whole GraphQL request (under ASP.NET Core's HTTP span when it came over HTTP).</summary>
    public const string RequestActivityName = "graphql.request";

    public const string ParseActivityName = "graphql.parse";

    public const string ValidateActivityName = "graphql.validate";

    public const string ExecuteActivityName = "graphql.execute";

    public const string OperationNameTag = "graphql.operation.name";

    public const string OperationTypeTag = "graphql.operation.type";

    /// <summary>SHA-256 (hex) of the query text, or the request's document id.</summary>
    public const string DocumentHashTag = "graphql.document.hash";

    /// <summary>The query text; only with <see cref="InstrumentationOptions.IncludeDocument"/>.</summary>
    public const string DocumentTag = "graphql.document";

    public const string ErrorCountTag = "graphql.error.count";

    public const string ErrorCodeTag = "graphql.error.code";

    /// <summary>Metric tag: <c>success</c>, <c>partial</c> (data with field errors) or <c>error</c> (no data).</summary>
    public const string ResponseStatusTag = "graphql.response.status";

    /// <summary>Counter of requests (unit <c>{request}</c>).</summary>
    public const string RequestCountMetric = "gql.server.requests";

    /// <summary>Histogram of request durations in seconds, from document lookup to result.</summary>
    public const string RequestDurationMetric = "gql.server.request.duration";

    /// <summary>Counter of errors in results by <see cref="ErrorCodeTag"/> (unit <c>{error}</c>).</summary>
    public const string ErrorCountMetric = "gql.server.errors";
}
