using System.Diagnostics;
using System.Text.Json;
using Gql.AspNetCore.Instrumentation;
using Gql.Language;

namespace Gql.AspNetCore.Tests.Instrumentation;

public sealed class InstrumentationTests(InstrumentationServerFixture server) : IClassFixture<InstrumentationServerFixture>
{
    private const string AspNetCoreSource = "Microsoft.AspNetCore";
    private const string HttpActivityName = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    [Fact]
    public async Task Request_span_sits_under_the_http_span_and_holds_parse_validate_and_execute()
    {
        using var collector = new ActivityCollector(GraphQLTelemetry.ActivitySourceName, AspNetCoreSource);
        const string Query = "query Tracing_Nesting { hello }";

        await PostAsync(Query);

        var request = Assert.Single(RequestSpans(collector, Query));
        Assert.Equal("query Tracing_Nesting", request.DisplayName);
        Assert.Equal(HttpActivityName, request.Parent?.OperationName);
        Assert.Equal("query", request.GetTagItem(GraphQLTelemetry.OperationTypeTag));
        Assert.Equal("Tracing_Nesting", request.GetTagItem(GraphQLTelemetry.OperationNameTag));
        Assert.Equal(Query, request.GetTagItem(GraphQLTelemetry.DocumentTag));
        Assert.Null(request.GetTagItem(GraphQLTelemetry.ErrorCountTag));
        Assert.Equal(ActivityStatusCode.Unset, request.Status);

        var phases = collector.ChildrenOf(request).OrderBy(span => span.StartTimeUtc).ToList();
        Assert.Equal(
            [GraphQLTelemetry.ParseActivityName, GraphQLTelemetry.ValidateActivityName, GraphQLTelemetry.ExecuteActivityName],
            phases.Select(span => span.OperationName));
        Assert.Equal("Tracing_Nesting", phases[2].GetTagItem(GraphQLTelemetry.OperationNameTag));
        Assert.Equal("query", phases[2].GetTagItem(GraphQLTelemetry.OperationTypeTag));
        Assert.All(phases, span => Assert.True(span.StartTimeUtc >= request.StartTimeUtc && span.Duration <= request.Duration));
    }

    [Fact]
    public async Task Cached_document_is_neither_parsed_nor_validated_again()
    {
        using var collector = new ActivityCollector(GraphQLTelemetry.ActivitySourceName);
        const string Query = "query Tracing_Cached { hello }";

        await PostAsync(Query);
        await PostAsync(Query);

        var second = RequestSpans(collector, Query).OrderBy(span => span.StartTimeUtc).Last();
        Assert.Equal([GraphQLTelemetry.ExecuteActivityName], collector.ChildrenOf(second).Select(span => span.OperationName));
    }

    [Fact]
    public async Task Field_errors_are_counted_on_the_request_span()
    {
        using var collector = new ActivityCollector(GraphQLTelemetry.ActivitySourceName);
        const string Query = "query Tracing_FieldError { hello fail }";

        await PostAsync(Query);

        var request = Assert.Single(RequestSpans(collector, Query));
        Assert.Equal(1, request.GetTagItem(GraphQLTelemetry.ErrorCountTag));
        Assert.Equal(ActivityStatusCode.Error, request.Status);
        Assert.Equal("This field always fails.", request.StatusDescription);
    }

    [Fact]
    public async Task Request_that_fails_validation_has_no_execute_span()
    {
        using var collector = new ActivityCollector(GraphQLTelemetry.ActivitySourceName);
        const string Query = "query Tracing_Invalid { unknownField }";

        await PostAsync(Query);

        var request = Assert.Single(RequestSpans(collector, Query));
        Assert.Equal(ActivityStatusCode.Error, request.Status);
        Assert.Equal(1, request.GetTagItem(GraphQLTelemetry.ErrorCountTag));
        Assert.Null(request.GetTagItem(GraphQLTelemetry.OperationNameTag));
        Assert.Equal(
            [GraphQLTelemetry.ParseActivityName, GraphQLTelemetry.ValidateActivityName],
            collector.ChildrenOf(request).OrderBy(span => span.StartTimeUtc).Select(span => span.OperationName));
    }

    [Fact]
    public async Task Mutation_spans_carry_the_mutation_type()
    {
        using var collector = new ActivityCollector(GraphQLTelemetry.ActivitySourceName);
        const string Query = "mutation Tracing_Mutation { increment }";

        await PostAsync(Query);

        var request = Assert.Single(RequestSpans(collector, Query));
        Assert.Equal("mutation Tracing_Mutation", request.DisplayName);
        Assert.Equal("mutation", request.GetTagItem(GraphQLTelemetry.OperationTypeTag));
    }

    [Fact]
    public async Task Metrics_count_requests_with_their_duration_and_errors_by_code()
    {
        using var recorder = new MetricRecorder(GraphQLTelemetry.MeterName);

        await PostAsync("query Metrics_Ok { hello }");
        await PostAsync("query Metrics_Partial { hello fail }");
        await PostAsync("query Metrics_Invalid { nope }");

        var ok = Assert.Single(recorder.Of(GraphQLTelemetry.RequestCountMetric, GraphQLTelemetry.OperationNameTag, "Metrics_Ok"));
        Assert.Equal(1, ok.Value);
        Assert.Equal("query", ok.Tags[GraphQLTelemetry.OperationTypeTag]);
        Assert.Equal("success", ok.Tags[GraphQLTelemetry.ResponseStatusTag]);
        var duration = Assert.Single(recorder.Of(GraphQLTelemetry.RequestDurationMetric, GraphQLTelemetry.OperationNameTag, "Metrics_Ok"));
        Assert.InRange(duration.Value, double.Epsilon, 30);

        var partial = Assert.Single(recorder.Of(GraphQLTelemetry.RequestCountMetric, GraphQLTelemetry.OperationNameTag, "Metrics_Partial"));
        Assert.Equal("partial", partial.Tags[GraphQLTelemetry.ResponseStatusTag]);
        var fieldError = Assert.Single(recorder.Of(GraphQLTelemetry.ErrorCountMetric, GraphQLTelemetry.OperationNameTag, "Metrics_Partial"));
        Assert.Equal(ErrorCodes.ResolverError, fieldError.Tags[GraphQLTelemetry.ErrorCodeTag]);

        var failed = Assert.Single(recorder.Of(GraphQLTelemetry.RequestCountMetric, GraphQLTelemetry.ResponseStatusTag, "error"));
        Assert.Null(failed.Tags[GraphQLTelemetry.OperationTypeTag]);
        var validationError = Assert.Single(recorder.Of(GraphQLTelemetry.ErrorCountMetric, GraphQLTelemetry.ErrorCodeTag, ErrorCodes.ValidationFailed));
        Assert.Equal(1, validationError.Value);
    }

    private static IEnumerable<Activity> RequestSpans(ActivityCollector collector, string query)
    {
        var hash = DocumentHash.Compute(query);
        return collector.Stopped.Where(span => span.OperationName == GraphQLTelemetry.RequestActivityName
            && Equals(span.GetTagItem(GraphQLTelemetry.DocumentHashTag), hash));
    }

    private async Task PostAsync(string query)
    {
        var response = await server.Client.PostJsonAsync(JsonSerializer.Serialize(new { query }));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
    }
}
