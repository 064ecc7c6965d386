using System.Diagnostics;
using Gql.AspNetCore.Instrumentation;
using Gql.Execution;
using Gql.Types;

namespace Gql.AspNetCore.Tests.Instrumentation;

public sealed class DiagnosticEventsOptionsTests
{
    [Fact]
    public void With_tracing_and_metrics_off_every_scope_is_the_shared_no_op()
    {
        using var collector = new ActivityCollector(GraphQLTelemetry.ActivitySourceName);
        var events = new ActivityExecutionDiagnosticEvents(new InstrumentationOptions { EnableTracing = false, EnableMetrics = false });
        var request = new GraphQLRequest("{ a }");
        var before = Activity.Current;

        using var first = events.ExecuteRequest(request);
        using var second = events.ExecuteRequest(request);
        using var parse = events.ParseDocument(request);

        Assert.Same(first, second);
        Assert.Same(first, parse);
        Assert.Same(before, Activity.Current);
    }

    [Fact]
    public async Task Executor_with_the_listener_records_spans_without_a_server()
    {
        using var collector = new ActivityCollector(GraphQLTelemetry.ActivitySourceName);
        var options = new RequestExecutorOptions();
        options.DiagnosticEvents.Add(new ActivityExecutionDiagnosticEvents());
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: String }")
            .AddResolver("Query", "a", _ => new ValueTask<object?>("A"))
            .Build();
        const string Query = "query Direct_Executor { a }";

        await new RequestExecutor(schema, options).ExecuteAsync(new GraphQLRequest(Query));

        var request = Assert.Single(collector.Stopped, span => span.OperationName == GraphQLTelemetry.RequestActivityName
            && Equals(span.GetTagItem(GraphQLTelemetry.OperationNameTag), "Direct_Executor"));
        Assert.Null(request.GetTagItem(GraphQLTelemetry.DocumentTag));
        Assert.Equal(3, collector.ChildrenOf(request).Count);
    }
}
