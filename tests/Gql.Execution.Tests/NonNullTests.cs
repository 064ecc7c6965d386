using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>Null propagation (spec section 6.4.4), after graphql-js nonnull-test.</summary>
public class NonNullTests
{
    private const string Sdl = """
        type Query { nest: DataType nonNullNest: DataType! }
        type DataType {
          sync: String
          syncNonNull: String!
          promise: String
          promiseNonNull: String!
          syncNest: DataType
          syncNonNullNest: DataType!
          promiseNest: DataType
          promiseNonNullNest: DataType!
        }
        """;

    private static Gql.Types.Schema NullingSchema(bool throwing)
    {
        return Schema(Sdl, b =>
        {
            b.AddResolver("Query", "nest", Value(new object()))
             .AddResolver("Query", "nonNullNest", Value(new object()))
             .AddResolver("DataType", "sync", throwing ? Throws("sync") : Value(null))
             .AddResolver("DataType", "syncNonNull", throwing ? Throws("syncNonNull") : Value(null))
             .AddResolver("DataType", "promise", throwing ? ThrowsAsync("promise") : Async(_ => null))
             .AddResolver("DataType", "promiseNonNull", throwing ? ThrowsAsync("promiseNonNull") : Async(_ => null))
             .AddResolver("DataType", "syncNest", Value(new object()))
             .AddResolver("DataType", "syncNonNullNest", Value(new object()))
             .AddResolver("DataType", "promiseNest", Async(_ => new object()))
             .AddResolver("DataType", "promiseNonNullNest", Async(_ => new object()));
        });
    }

    [Fact]
    public async Task Nulls_a_nullable_field_that_throws_synchronously()
    {
        await AssertResultAsync(
            """{"errors":[{"message":"sync","locations":[{"line":1,"column":10}],"path":["nest","sync"]}],"data":{"nest":{"sync":null}}}""",
            NullingSchema(throwing: true),
            "{ nest { sync } }");
    }

    [Fact]
    public async Task Nulls_the_parent_of_a_non_null_field_that_throws()
    {
        await AssertResultAsync(
            """{"errors":[{"message":"syncNonNull","locations":[{"line":1,"column":10}],"path":["nest","syncNonNull"]}],"data":{"nest":null}}""",
            NullingSchema(throwing: true),
            "{ nest { syncNonNull } }");
    }

    [Fact]
    public async Task Nulls_the_parent_of_a_non_null_field_that_returns_null_asynchronously()
    {
        await AssertResultAsync(
            """{"errors":[{"message":"Cannot return null for non-nullable field DataType.promiseNonNull.","locations":[{"line":1,"column":10}],"path":["nest","promiseNonNull"]}],"data":{"nest":null}}""",
            NullingSchema(throwing: false),
            "{ nest { promiseNonNull } }");
    }

    [Fact]
    public async Task Propagates_through_non_null_parents_to_the_nearest_nullable_one()
    {
        await AssertResultAsync(
            """{"errors":[{"message":"Cannot return null for non-nullable field DataType.syncNonNull.","locations":[{"line":1,"column":49}],"path":["nest","syncNonNullNest","promiseNonNullNest","syncNonNull"]}],"data":{"nest":null}}""",
            NullingSchema(throwing: false),
            "{ nest { syncNonNullNest { promiseNonNullNest { syncNonNull } } } }");
    }

    [Fact]
    public async Task Nulls_data_when_a_non_null_root_field_fails()
    {
        await AssertResultAsync(
            """{"errors":[{"message":"syncNonNull","locations":[{"line":1,"column":17}],"path":["nonNullNest","syncNonNull"]}],"data":null}""",
            NullingSchema(throwing: true),
            "{ nonNullNest { syncNonNull } }");
    }

    [Fact]
    public async Task Reports_each_error_once_and_keeps_sibling_results()
    {
        var result = await RunAsync(
            NullingSchema(throwing: true),
            """
            {
              nest {
                sync
                promise
                syncNest { sync promise }
                promiseNest { syncNonNull }
              }
            }
            """);

        Assert.Equal(
            """{"nest":{"sync":null,"promise":null,"syncNest":{"sync":null,"promise":null},"promiseNest":null}}""",
            Normalize(System.Text.Json.JsonSerializer.Serialize(result.Data)));
        var paths = result.Errors.Select(e => string.Join('.', e.Path!)).ToList();
        Assert.Equal(["nest.sync", "nest.syncNest.sync"], paths.Take(2));
        Assert.Equal(
            ["nest.promise", "nest.promiseNest.syncNonNull", "nest.syncNest.promise"],
            paths.Skip(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Stops_executing_sibling_fields_after_a_synchronous_non_null_error()
    {
        var calls = new List<string>();
        var schema = Schema(
            "type Query { obj: Obj } type Obj { a: String! b: String }",
            b => b.AddResolver("Query", "obj", Value(new object()))
                  .AddResolver("Obj", "a", Sync(_ => { calls.Add("a"); return null; }))
                  .AddResolver("Obj", "b", Sync(_ => { calls.Add("b"); return "b"; })));

        await AssertResultAsync(
            """{"errors":[{"message":"Cannot return null for non-nullable field Obj.a.","locations":[{"line":1,"column":9}],"path":["obj","a"]}],"data":{"obj":null}}""",
            schema,
            "{ obj { a b } }");
        Assert.Equal(["a"], calls);
    }

    [Fact]
    public async Task Drops_errors_that_settle_inside_a_subtree_already_removed_by_a_non_null_error()
    {
        var a = new TaskCompletionSource<object?>();
        var b = new TaskCompletionSource<object?>();
        var schema = Schema(
            "type Query { obj: Obj } type Obj { a: String! child: Child } type Child { b: String }",
            builder => builder.AddResolver("Query", "obj", Value(new object()))
                  .AddResolver("Obj", "a", _ => new ValueTask<object?>(a.Task))
                  .AddResolver("Obj", "child", Value(new object()))
                  .AddResolver("Child", "b", _ => new ValueTask<object?>(b.Task)));

        var running = new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("{ obj { a child { b } } }"));
        await Task.Run(() =>
        {
            // Settled in this order on one thread: obj is removed before b fails.
            a.SetResult(null);
            b.SetException(new InvalidOperationException("late"));
        });
        var result = (ExecutionResult)await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Obj.a.","locations":[{"line":1,"column":9}],"path":["obj","a"]}],"data":{"obj":null}}""",
            WithoutExtensions(result.ToJson()));
    }

    [Fact]
    public async Task A_synchronous_non_null_error_waits_for_the_pending_siblings_before_nulling_the_parent()
    {
        var schema = Schema(
            "type Query { obj: Obj } type Obj { slow: String a: String! }",
            b => b.AddResolver("Query", "obj", Value(new object()))
                  .AddResolver("Obj", "slow", ThrowsAsync("slow"))
                  .AddResolver("Obj", "a", Value(null)));

        // graphql-js: promiseForObject(results).finally(() => { throw error; })
        await AssertResultAsync(
            """{"errors":[{"message":"slow","locations":[{"line":1,"column":9}],"path":["obj","slow"]},{"message":"Cannot return null for non-nullable field Obj.a.","locations":[{"line":1,"column":14}],"path":["obj","a"]}],"data":{"obj":null}}""",
            schema,
            "{ obj { slow a } }");
    }

    [Fact]
    public async Task Later_siblings_of_a_parent_that_waits_to_fail_still_run()
    {
        // Repeated: the async sibling may finish on another thread before the error; the outcome must not change.
        for (var run = 0; run < 100; run++)
        {
            var calls = new List<string>();
            var schema = Schema(
                "type Query { obj: Obj } type Obj { inner: Inner! after: String } type Inner { slow: String a: String! }",
                b => b.AddResolver("Query", "obj", Value(new object()))
                      .AddResolver("Obj", "inner", Value(new object()))
                      .AddResolver("Obj", "after", Sync(_ => { calls.Add("after"); throw new InvalidOperationException("after"); }))
                      .AddResolver("Inner", "slow", Async(_ => "s"))
                      .AddResolver("Inner", "a", Value(null)));

            await AssertResultAsync(
                """{"errors":[{"message":"after","locations":[{"line":1,"column":26}],"path":["obj","after"]},{"message":"Cannot return null for non-nullable field Inner.a.","locations":[{"line":1,"column":22}],"path":["obj","inner","a"]}],"data":{"obj":null}}""",
                schema,
                "{ obj { inner { slow a } after } }");
            Assert.Equal(["after"], calls);
        }
    }

    [Fact]
    public async Task Nulls_arguments_errors_like_resolver_errors()
    {
        var schema = Schema(
            "type Query { withNonNullArg(cannotBeNull: String!): String }",
            b => b.AddResolver("Query", "withNonNullArg", Sync(c => "Passed: " + c.ArgumentValue<string>("cannotBeNull"))));

        var result = await new RequestExecutor(schema, new RequestExecutorOptions { SkipValidation = true })
            .ExecuteAsync(new GraphQLRequest("query ($testVar: String = \"default value\") { withNonNullArg (cannotBeNull: $testVar) }"));

        Assert.Equal("""{"data":{"withNonNullArg":"Passed: default value"}}""", ((ExecutionResult)result).ToJson());

        var missing = await new RequestExecutor(schema, new RequestExecutorOptions { SkipValidation = true })
            .ExecuteAsync(new GraphQLRequest("query ($testVar: String) { withNonNullArg (cannotBeNull: $testVar) }"));
        Assert.Equal(
            """{"errors":[{"message":"Argument \"cannotBeNull\" of required type \"String!\" was provided the variable \"$testVar\" which was not provided a runtime value.","locations":[{"line":1,"column":58}],"path":["withNonNullArg"]}],"data":{"withNonNullArg":null}}""",
            WithoutExtensions(((ExecutionResult)missing).ToJson()));
    }
}
