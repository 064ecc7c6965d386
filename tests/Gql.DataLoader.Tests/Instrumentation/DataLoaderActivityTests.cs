using System.Diagnostics;
using Gql.Execution;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.DataLoader.Tests.Instrumentation;

public sealed class DataLoaderActivityTests
{
    private const string TestSourceName = "Gql.DataLoader.Tests";

    private static readonly ActivitySource TestSource = new(TestSourceName);

    [Fact]
    public async Task Each_batch_is_one_span_with_the_loader_name_and_key_count_under_the_caller()
    {
        using var collector = new ActivityCollector(TestSourceName, DataLoaderTelemetry.ActivitySourceName);
        await using var services = new ServiceCollection()
            .AddScoped<BatchLog>()
            .AddDataLoader<ChildByIdLoader>()
            .AddDataLoader<ToyByChildLoader>()
            .BuildServiceProvider();
        var executor = new RequestExecutor(SchemaBuilder.New().AddQueryType<FamilyQuery>().Build());
        ActivityTraceId traceId;

        using (var request = TestSource.StartActivity("test request")!)
        {
            traceId = request.TraceId;
            await using var scope = services.CreateAsyncScope();
            await executor.ExecuteAsync(new GraphQLRequest("{ parents(count: 5) { child { id toy { label } } } }") { Services = scope.ServiceProvider });
        }

        var spans = collector.InTrace(traceId);
        var root = Assert.Single(spans, span => span.OperationName == "test request");
        var batches = spans.Where(span => span.OperationName == DataLoaderTelemetry.BatchActivityName).OrderBy(span => span.StartTimeUtc).ToList();
        Assert.Equal([nameof(ChildByIdLoader), nameof(ToyByChildLoader)], batches.Select(span => span.GetTagItem(DataLoaderTelemetry.LoaderNameTag)));
        Assert.Equal([5, 5], batches.Select(span => span.GetTagItem(DataLoaderTelemetry.BatchSizeTag)));
        Assert.All(batches, span => Assert.Equal(root.SpanId, span.ParentSpanId));
        Assert.All(batches, span => Assert.Equal(ActivityStatusCode.Unset, span.Status));
        Assert.Equal("DataLoader " + nameof(ChildByIdLoader), batches[0].DisplayName);
    }

    [Fact]
    public async Task Failed_batch_span_has_the_error_status()
    {
        using var collector = new ActivityCollector(TestSourceName, DataLoaderTelemetry.ActivitySourceName);
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { toy(childId: Int!): Toy } type Toy { label: String! }")
            .AddResolver("Query", "toy", async context => await context.Service<FailingToyLoader>().LoadAsync(context.ArgumentValue<int>("childId")))
            .Build();
        await using var services = new ServiceCollection().AddDataLoader<FailingToyLoader>().BuildServiceProvider();
        var executor = new RequestExecutor(schema);
        ActivityTraceId traceId;

        using (var request = TestSource.StartActivity("failing request")!)
        {
            traceId = request.TraceId;
            await using var scope = services.CreateAsyncScope();
            await executor.ExecuteAsync(new GraphQLRequest("{ a: toy(childId: 1) { label } b: toy(childId: 2) { label } }") { Services = scope.ServiceProvider });
        }

        var batch = Assert.Single(collector.InTrace(traceId), span => span.OperationName == DataLoaderTelemetry.BatchActivityName);
        Assert.Equal(2, batch.GetTagItem(DataLoaderTelemetry.BatchSizeTag));
        Assert.Equal(ActivityStatusCode.Error, batch.Status);
        Assert.Equal("The toy service is down.", batch.StatusDescription);
    }

    [Fact]
    public async Task Batch_span_is_current_inside_the_batch_function_only()
    {
        using var collector = new ActivityCollector(TestSourceName, DataLoaderTelemetry.ActivitySourceName);
        await using var services = new ServiceCollection().AddDataLoader<ActivityCapturingLoader>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<ActivityCapturingLoader>();
        var dispatcher = scope.ServiceProvider.GetRequiredService<IBatchDispatcher>();

        using var root = TestSource.StartActivity("direct load")!;
        var load = loader.LoadAsync(7);
        await dispatcher.Dispatch();
        var seen = await load.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DataLoaderTelemetry.BatchActivityName, seen);
        Assert.Same(root, Activity.Current);
    }
}
