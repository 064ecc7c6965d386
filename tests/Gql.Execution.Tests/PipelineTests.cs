using Gql.Language;
using Gql.Types.Resolvers;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>The request pipeline: caches, options, batching hook and result writing.</summary>
public class PipelineTests
{
    [Fact]
    public async Task Caches_parsed_documents_and_evicts_the_least_recently_used()
    {
        var schema = Schema("type Query { a: String }");
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { DocumentCacheSize = 10 });

        for (var i = 0; i < 30; i++)
        {
            await executor.ExecuteAsync(new GraphQLRequest($"{{ a{i}: a }}"));
        }

        Assert.InRange(executor.CachedDocumentCount, 1, 10);
    }

    [Fact]
    public async Task Runs_a_persisted_document_by_id()
    {
        var schema = Schema("type Query { a: String }", b => b.AddResolver("Query", "a", Value("A")));
        var executor = new RequestExecutor(schema);

        await executor.ExecuteAsync(new GraphQLRequest("{ a }") { DocumentId = "doc-1" });
        var byId = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(null) { DocumentId = "doc-1" });
        var unknown = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(null) { DocumentId = "doc-2" });
        var none = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(null));

        Assert.Equal("""{"data":{"a":"A"}}""", byId.ToJson());
        Assert.Equal("PersistedQueryNotFound", Assert.Single(unknown.Errors).Message);
        Assert.Equal("Must provide query string.", Assert.Single(none.Errors).Message);
    }

    [Fact]
    public async Task Times_out_with_the_timeout_code()
    {
        // The resolver ignores its cancellation token: the answer comes once the grace period for started resolvers is over.
        var never = new TaskCompletionSource<object?>();
        var schema = Schema("type Query { a: String }", b => b.AddResolver("Query", "a", _ => new ValueTask<object?>(never.Task)));
        var executor = new RequestExecutor(schema, new RequestExecutorOptions
        {
            ExecutionTimeout = TimeSpan.FromMilliseconds(50),
            AbortGracePeriod = TimeSpan.FromMilliseconds(100),
        });

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ a }")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Code);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Caps_the_number_of_errors()
    {
        var schema = Schema("type Query { list: [String] }", b => b.AddResolver("Query", "list", Value(Enumerable.Range(0, 10).Select(i => (object)new InvalidOperationException("e" + i)).ToArray())));
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { MaxErrors = 3 });

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ list }"));

        Assert.Equal(4, result.Errors.Count);
        Assert.Equal(ErrorCodes.TooManyErrors, result.Errors[3].Code);
    }

    [Fact]
    public async Task Includes_exception_details_only_when_asked()
    {
        var schema = Schema("type Query { a: String }", b => b.AddResolver("Query", "a", Throws("boom")));

        var plain = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("{ a }"));
        var detailed = (ExecutionResult)await new RequestExecutor(schema, new RequestExecutorOptions { IncludeExceptionDetails = true }).ExecuteAsync(new GraphQLRequest("{ a }"));

        Assert.False(plain.Errors[0].Extensions!.ContainsKey("exception"));
        Assert.Contains("System.InvalidOperationException", detailed.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Dispatches_batches_when_every_started_resolver_waits(bool batchCompletesLater)
    {
        // Repeated because a premature dispatch depends on thread timing; every run must batch by level.
        for (var run = 0; run < 200; run++)
        {
            var scheduler = new BatchScheduler();
            var loader = new CountingLoader(scheduler, batchCompletesLater);
            var executor = new RequestExecutor(FriendsSchema(loader), services: new SingleService(typeof(IBatchDispatcher), scheduler));

            var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ users { id friend { id friend { id } } } }")).WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(
                """{"data":{"users":[{"id":1,"friend":{"id":11,"friend":{"id":21}}},{"id":2,"friend":{"id":12,"friend":{"id":22}}},{"id":3,"friend":{"id":13,"friend":{"id":23}}}]}}""",
                result.ToJson());
            Assert.Equal([[11, 12, 13], [21, 22, 23]], loader.Batches);
        }
    }

    [Fact]
    public async Task Dispatches_each_level_in_one_batch_while_parallel_requests_contend_for_the_cpu()
    {
        // The last promise of a batch completes on another thread while the executor decides whether it is idle;
        // with more requests than cores the executor thread is often preempted inside that decision.
        const string query = "{ users { friend { friend { friend { friend { friend { id } } } } } } }";
        int[][] levels = [[11, 12, 13], [21, 22, 23], [31, 32, 33], [41, 42, 43], [51, 52, 53]];
        var splits = 0;

        await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount * 4).Select(_ => Task.Run(async () =>
        {
            for (var run = 0; run < 150; run++)
            {
                var scheduler = new BatchScheduler();
                var loader = new CountingLoader(scheduler, completeLater: true);
                var executor = new RequestExecutor(FriendsSchema(loader), services: new SingleService(typeof(IBatchDispatcher), scheduler));

                var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(query)).WaitAsync(TimeSpan.FromSeconds(10));

                Assert.Empty(result.Errors);
                if (!loader.Batches.Select(b => string.Join(",", b)).SequenceEqual(levels.Select(l => string.Join(",", l))))
                {
                    Interlocked.Increment(ref splits);
                }
            }
        })));

        Assert.Equal(0, splits);
    }

    [Fact]
    public async Task Dispatches_batches_of_requests_started_on_the_thread_pool()
    {
        for (var run = 0; run < 200; run++)
        {
            var scheduler = new BatchScheduler();
            var loader = new CountingLoader(scheduler, completeLater: false);
            var executor = new RequestExecutor(FriendsSchema(loader), services: new SingleService(typeof(IBatchDispatcher), scheduler));

            var result = await Task.Run(() => executor.ExecuteAsync(new GraphQLRequest("{ users { friend { friend { id } } } }"))).WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal("""{"data":{"users":[{"friend":{"friend":{"id":21}}},{"friend":{"friend":{"id":22}}},{"friend":{"friend":{"id":23}}}]}}""", ((ExecutionResult)result).ToJson());
            Assert.Equal([[11, 12, 13], [21, 22, 23]], loader.Batches);
        }
    }

    [Fact]
    public async Task Dispatches_loads_that_a_running_batch_waits_for()
    {
        var scheduler = new BatchScheduler();
        var inner = new CountingLoader(scheduler, completeLater: false);
        var outer = new KeyedLoader(scheduler, async keys =>
        {
            var loaded = await Task.WhenAll(keys.Select(inner.LoadAsync));
            return loaded.Select(value => (object?)new Dictionary<string, object?> { ["id"] = ((IReadOnlyDictionary<string, object?>)value!)["id"] }).ToArray();
        });
        var schema = Schema(
            "type Query { users: [User] } type User { id: Int friend: User }",
            b => b.AddResolver("Query", "users", Value(new[] { 1, 2 }.Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray()))
                  .AddResolver("User", "friend", c => new ValueTask<object?>(outer.LoadAsync((int)((IReadOnlyDictionary<string, object?>)c.ParentValue!)["id"]! + 10))));
        var executor = new RequestExecutor(schema, services: new SingleService(typeof(IBatchDispatcher), scheduler));

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ users { friend { id } } }")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("""{"data":{"users":[{"friend":{"id":11}},{"friend":{"id":12}}]}}""", result.ToJson());
        Assert.Equal([[11, 12]], inner.Batches);
    }

    [Fact]
    public async Task Schema_extension_runs_requests()
    {
        var schema = Schema("type Query { a: String }", b => b.AddResolver("Query", "a", Value("A")));

        var result = (ExecutionResult)await schema.ExecuteAsync(new GraphQLRequest("{ a }"));

        Assert.Same(schema.GetExecutor(), schema.GetExecutor());
        Assert.Equal("A", result.Data!["a"]);
    }

    [Fact]
    public void Writes_results_of_other_shapes_to_json()
    {
        var result = new ExecutionResult(
            new Dictionary<string, object?> { ["n"] = 1.5, ["list"] = new List<object?> { 1L, null, "x" }, ["nan"] = double.NaN },
            [GraphQLError.WithCode("e", "C", [new ErrorLocation(1, 2)], ["a", 0])],
            new Dictionary<string, object?> { ["cost"] = 3 });

        Assert.Equal(
            """{"errors":[{"message":"e","locations":[{"line":1,"column":2}],"path":["a",0],"extensions":{"code":"C"}}],"data":{"n":1.5,"list":[1,null,"x"],"nan":null},"extensions":{"cost":3}}""",
            result.ToJson());
    }

    private sealed class SingleService(Type type, object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == type ? service : null;
    }

    private static Gql.Types.Schema FriendsSchema(CountingLoader loader) => Schema(
        "type Query { users: [User] } type User { id: Int friend: User }",
        b => b.AddResolver("Query", "users", Value(new[] { 1, 2, 3 }.Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray()))
              .AddResolver("User", "friend", async c =>
              {
                  var id = (int)((IReadOnlyDictionary<string, object?>)c.ParentValue!)["id"]!;
                  return await loader.LoadAsync(id + 10);
              }));

    /// <summary>
    /// A minimal DataLoader: keys requested before a dispatch are loaded in one batch. The batch
    /// completes its promises inside the dispatch, or later one at a time on thread-pool threads
    /// (like a batch that reads rows from a database); continuations run inline either way.
    /// </summary>
    private sealed class CountingLoader(BatchScheduler scheduler, bool completeLater)
    {
        private readonly object _sync = new();
        private List<(int Key, TaskCompletionSource<object?> Promise)> _pending = [];

        public List<int[]> Batches { get; } = [];

        public Task<object?> LoadAsync(int key)
        {
            var promise = new TaskCompletionSource<object?>();
            bool first;
            lock (_sync)
            {
                first = _pending.Count == 0;
                _pending.Add((key, promise));
            }

            if (first)
            {
                scheduler.Schedule(DispatchAsync);
            }

            return promise.Task;
        }

        private async ValueTask DispatchAsync()
        {
            List<(int Key, TaskCompletionSource<object?> Promise)> batch;
            lock (_sync)
            {
                batch = _pending;
                _pending = [];
                Batches.Add(batch.Select(b => b.Key).ToArray());
            }

            foreach (var (key, promise) in batch)
            {
                if (completeLater)
                {
                    await Task.Yield();
                }

                promise.SetResult(new Dictionary<string, object?> { ["id"] = key });
            }
        }
    }

    /// <summary>A DataLoader whose batch function is asynchronous (it may load through other loaders).</summary>
    private sealed class KeyedLoader(BatchScheduler scheduler, Func<int[], Task<object?[]>> load)
    {
        private readonly object _sync = new();
        private List<(int Key, TaskCompletionSource<object?> Promise)> _pending = [];

        public Task<object?> LoadAsync(int key)
        {
            var promise = new TaskCompletionSource<object?>();
            bool first;
            lock (_sync)
            {
                first = _pending.Count == 0;
                _pending.Add((key, promise));
            }

            if (first)
            {
                scheduler.Schedule(DispatchAsync);
            }

            return promise.Task;
        }

        private async ValueTask DispatchAsync()
        {
            List<(int Key, TaskCompletionSource<object?> Promise)> batch;
            lock (_sync)
            {
                batch = _pending;
                _pending = [];
            }

            var values = await load(batch.Select(b => b.Key).ToArray());
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Promise.SetResult(values[i]);
            }
        }
    }
}
