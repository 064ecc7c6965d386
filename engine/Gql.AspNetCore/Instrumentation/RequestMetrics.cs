using System.Diagnostics.Metrics;

namespace Gql.AspNetCore.Instrumentation;

/// <summary>The instruments of the <see cref="GraphQLTelemetry.MeterName"/> meter.</summary>
internal static class RequestMetrics
{
    private static readonly Meter Meter = new(GraphQLTelemetry.MeterName);

    public static Counter<long> Requests { get; } = Meter.CreateCounter<long>(
        GraphQLTelemetry.RequestCountMetric, "{request}", "GraphQL requests executed.");

    public static Histogram<double> Duration { get; } = Meter.CreateHistogram<double>(
        GraphQLTelemetry.RequestDurationMetric, "s", "Duration of GraphQL requests, from document lookup to result.");

    public static Counter<long> Errors { get; } = Meter.CreateCounter<long>(
        GraphQLTelemetry.ErrorCountMetric, "{error}", "Errors in GraphQL results, by error code.");

    public static bool Enabled => Requests.Enabled || Duration.Enabled || Errors.Enabled;
}
