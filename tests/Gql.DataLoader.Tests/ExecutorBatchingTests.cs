using Gql.Execution;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.DataLoader.Tests;

/// <summary>DataLoaders driven by the executor: one batch per level of the result tree.</summary>
public sealed class ExecutorBatchingTests : IDisposable
{
    private const int Iterations = 50;

    private static readonly Schema CodeFirstSchema = SchemaBuilder.New().AddQueryType<FamilyQuery>().Build();

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddScoped<BatchLog>()
        .AddDataLoader<ChildByIdLoader>()
        .AddDataLoader<ToyByChildLoader>()
        .AddDataLoader<ChildNameLengthLoader>()
        .AddDataLoader<ToysByParentLoader>()
        .AddDataLoader<LimitedChildLoader>()
        .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_list_of_parents_loads_all_children_in_one_batch()
    {
        var executor = new RequestExecutor(CodeFirstSchema);
        for (var i = 0; i < Iterations; i++)
        {
            var (json, log) = await ExecuteAsync(executor, "{ parents(count: 100) { id child { id name } } }");

            var batch = Assert.Single(log.Calls);
            Assert.Equal("children", batch.Loader);
            Assert.Equal(Enumerable.Range(1, 100).Select(id => id * 10), batch.Keys);
            Assert.Equal(
                Data("parents", Enumerable.Range(1, 100).Select(id => $$$"""{"id":{{{id}}},"child":{"id":{{{id * 10}}},"name":"child {{{id * 10}}}"}}""")),
                json);
        }
    }

    [Fact]
    public async Task Two_nested_levels_make_one_batch_per_level()
    {
        var executor = new RequestExecutor(CodeFirstSchema);
        for (var i = 0; i < Iterations; i++)
        {
            var (json, log) = await ExecuteAsync(executor, "{ parents(count: 100) { child { id toy { label } } } }");

            Assert.Equal(["children", "toys"], log.Calls.Select(call => call.Loader));
            Assert.Equal(Enumerable.Range(1, 100).Select(id => id * 10), log.Calls[1].Keys);
            Assert.Equal(
                Data("parents", Enumerable.Range(1, 100).Select(id => id % 2 == 0
                    ? $$$"""{"child":{"id":{{{id * 10}}},"toy":{"label":"toy {{{id * 10}}}"}""" + "}}"
                    : $$$"""{"child":{"id":{{{id * 10}}},"toy":null}}""")),
                json);
        }
    }

    [Fact]
    public async Task Keys_repeated_across_fields_are_loaded_once_per_request()
    {
        var executor = new RequestExecutor(CodeFirstSchema);
        for (var i = 0; i < Iterations; i++)
        {
            var (_, log) = await ExecuteAsync(executor, "{ a: parents(count: 3) { child { id } } b: parents(count: 5) { child { name } } }");

            var batch = Assert.Single(log.Calls);
            Assert.Equal([10, 20, 30, 40, 50], batch.Keys);
        }
    }

    [Fact]
    public async Task Each_request_has_its_own_cache()
    {
        var executor = new RequestExecutor(CodeFirstSchema);

        var (_, first) = await ExecuteAsync(executor, "{ parents(count: 2) { child { id } } }");
        var (_, second) = await ExecuteAsync(executor, "{ parents(count: 2) { child { id } } }");

        Assert.Equal([10, 20], Assert.Single(first.Calls).Keys);
        Assert.Equal([10, 20], Assert.Single(second.Calls).Keys);
    }

    [Fact]
    public async Task Sdl_resolvers_take_loaders_from_the_request_services()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { parents(count: Int!): [Parent!]! }
                type Parent { id: Int! child: Child! }
                type Child { id: Int! name: String! }
                """)
            .AddResolver("Query", "parents", context => new(Enumerable.Range(1, context.ArgumentValue<int>("count")).Select(id => new Parent(id)).ToList()))
            .AddResolver("Parent", "child", async context =>
                await context.Service<IDataLoader<int, Child>>().LoadAsync(context.Parent<Parent>().Id * 10, context.RequestAborted))
            .Build();
        var executor = new RequestExecutor(schema);
        for (var i = 0; i < Iterations; i++)
        {
            var (json, log) = await ExecuteAsync(executor, "{ parents(count: 100) { child { id } } }");

            Assert.Equal(100, Assert.Single(log.Calls).Keys.Distinct().Count());
            Assert.Equal(Data("parents", Enumerable.Range(1, 100).Select(id => $$$"""{"child":{"id":{{{id * 10}}}}}""")), json);
        }
    }

    [Fact]
    public async Task A_batch_function_may_load_through_another_loader_of_the_request()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { parents(count: Int!): [Parent!]! } type Parent { id: Int! nameLength: Int! child: Child! } type Child { id: Int! }")
            .AddResolver("Query", "parents", context => new(Enumerable.Range(1, context.ArgumentValue<int>("count")).Select(id => new Parent(id)).ToList()))
            .AddResolver("Parent", "nameLength", async context =>
                await context.DataLoader<ChildNameLengthLoader>().LoadAsync(context.Parent<Parent>().Id * 10))
            .AddResolver("Parent", "child", async context =>
                await context.DataLoader<ChildByIdLoader>().LoadAsync(context.Parent<Parent>().Id * 10))
            .Build();
        var executor = new RequestExecutor(schema);
        for (var i = 0; i < Iterations; i++)
        {
            var (json, log) = await ExecuteAsync(executor, "{ parents(count: 20) { nameLength child { id } } }");

            Assert.Equal(["children", "lengths"], log.Calls.Select(call => call.Loader).Order());
            Assert.Equal(
                Data("parents", Enumerable.Range(1, 20).Select(id => $$$"""{"nameLength":{{{("child " + (id * 10)).Length}}},"child":{"id":{{{id * 10}}}}}""")),
                json);
        }
    }

    [Fact]
    public async Task A_loader_that_is_not_registered_is_reported_by_name()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { length: Int }")
            .AddResolver("Query", "length", async context => await context.DataLoader<PerKeyErrorLoader>().LoadAsync(2))
            .Build();
        await using var scope = _services.CreateAsyncScope();

        var result = (ExecutionResult)await new RequestExecutor(schema, new RequestExecutorOptions { IncludeExceptionDetails = true })
            .ExecuteAsync(new GraphQLRequest("{ length }") { Services = scope.ServiceProvider });

        Assert.Contains("services.AddDataLoader<PerKeyErrorLoader>()", Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grouped_and_size_limited_loaders_through_the_executor()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { parents(count: Int!): [Parent!]! } type Parent { id: Int! toys: [Toy!]! child: Child! } type Toy { label: String! } type Child { id: Int! }")
            .AddResolver("Query", "parents", context => new(Enumerable.Range(1, context.ArgumentValue<int>("count")).Select(id => new Parent(id)).ToList()))
            .AddResolver("Parent", "toys", async context => await context.DataLoader<ToysByParentLoader>().LoadAsync(context.Parent<Parent>().Id))
            .AddResolver("Parent", "child", async context => await context.DataLoader<LimitedChildLoader>().LoadAsync(context.Parent<Parent>().Id))
            .Build();
        var executor = new RequestExecutor(schema);
        for (var i = 0; i < Iterations; i++)
        {
            var (json, log) = await ExecuteAsync(executor, "{ parents(count: 100) { id toys { label } child { id } } }");

            Assert.Equal([100], log.Calls.Where(call => call.Loader == "toysByParent").Select(call => call.Keys.Length));
            Assert.Equal([30, 30, 30, 10], log.Calls.Where(call => call.Loader == "limited").Select(call => call.Keys.Length));
            Assert.Equal(
                Data("parents", Enumerable.Range(1, 100).Select(id =>
                    $$$"""{"id":{{{id}}},"toys":[{{{string.Join(",", Enumerable.Range(1, id % 3).Select(n => $$$"""{"label":"toy {{{id}}}.{{{n}}}"}"""))}}}],"child":{"id":{{{id}}}}}""")),
                json);
        }
    }

    [Fact]
    public async Task Class_typed_loader_parameters_are_injected_without_registration()
    {
        var schema = SchemaBuilder.New().AddQueryType<ToyQuery>().Build();
        var executor = new RequestExecutor(schema);

        var (json, log) = await ExecuteAsync(executor, "{ toys(childIds: [20, 30, 20]) { label } }");

        Assert.Equal([20, 30], Assert.Single(log.Calls).Keys);
        Assert.Equal("""{"data":{"toys":[{"label":"toy 20"},null,{"label":"toy 20"}]}}""", json);
    }

    [Fact]
    public async Task A_failed_batch_fails_its_fields_only()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { toy(childId: Int!): Toy  child(id: Int!): Child } type Toy { label: String! } type Child { id: Int! }")
            .AddResolver("Query", "toy", async context => await context.Service<FailingToyLoader>().LoadAsync(context.ArgumentValue<int>("childId")))
            .AddResolver("Query", "child", async context => await context.Service<IDataLoader<int, Child>>().LoadAsync(context.ArgumentValue<int>("id")))
            .Build();
        var services = new ServiceCollection().AddScoped<BatchLog>().AddDataLoader<ChildByIdLoader>().AddDataLoader<FailingToyLoader>().BuildServiceProvider();
        await using var _ = services;
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { IncludeExceptionDetails = false });

        await using var scope = services.CreateAsyncScope();
        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ a: toy(childId: 1) { label } b: toy(childId: 2) { label } c: child(id: 3) { id } }") { Services = scope.ServiceProvider });

        Assert.Equal(["The toy service is down.", "The toy service is down."], result.Errors!.Select(error => error.Message));
        Assert.Equal(["a", "b"], result.Errors!.Select(error => error.Path![0]));
        Assert.Equal("""{"a":null,"b":null,"c":{"id":3}}""", result.ToJson()[result.ToJson().IndexOf("\"data\":", StringComparison.Ordinal)..][7..^1]);
    }

    [Fact]
    public void Add_data_loader_registers_scoped_loaders_and_the_scope_as_dispatcher()
    {
        using var first = _services.CreateScope();
        using var second = _services.CreateScope();

        var loader = first.ServiceProvider.GetRequiredService<ChildByIdLoader>();

        Assert.Same(loader, first.ServiceProvider.GetRequiredService<IDataLoader<int, Child>>());
        Assert.NotSame(loader, second.ServiceProvider.GetRequiredService<ChildByIdLoader>());
        Assert.Same(first.ServiceProvider.GetRequiredService<DataLoaderScope>(), first.ServiceProvider.GetRequiredService<IBatchDispatcher>());
    }

    [Fact]
    public async Task Each_subscription_event_loads_afresh()
    {
        var schema = SchemaBuilder.New().AddQueryType<FamilyQuery>().AddSubscriptionType<FamilySubscription>().Build();
        var executor = new RequestExecutor(schema);

        // Each event runs in its own DI scope, so the log of every event's batches is shared here.
        var log = new BatchLog();
        await using var services = new ServiceCollection()
            .AddSingleton(log)
            .AddDataLoader<ChildByIdLoader>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = services.CreateAsyncScope();

        var result = await executor.ExecuteAsync(new GraphQLRequest("subscription { onParentChanged(id: 4, times: 3) { child { id name } } }")
        {
            Services = scope.ServiceProvider,
        });
        var events = new List<string>();
        await using (var stream = Assert.IsType<ResponseStream>(result))
        {
            await foreach (var item in stream)
            {
                events.Add(item.ToJson());
            }
        }

        Assert.Equal(Enumerable.Repeat("""{"data":{"onParentChanged":{"child":{"id":40,"name":"child 40"}}}}""", 3), events);
        var calls = log.Calls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls, call => Assert.Equal([40], call.Keys));
    }

    private static string Data(string field, IEnumerable<string> items)
        => $$$"""{"data":{"{{{field}}}":[{{{string.Join(",", items)}}}]}}""";

    private async Task<(string Json, BatchLog Log)> ExecuteAsync(RequestExecutor executor, string query)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await executor.ExecuteAsync(new GraphQLRequest(query) { Services = scope.ServiceProvider });
        var json = Assert.IsType<ExecutionResult>(result).ToJson();
        return (json, scope.ServiceProvider.GetRequiredService<BatchLog>());
    }
}
