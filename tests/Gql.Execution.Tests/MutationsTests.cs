using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>Serial execution of mutation root fields (spec section 6.2.2), after graphql-js mutations-test.</summary>
public class MutationsTests
{
    private sealed class Root
    {
        public int Number { get; set; }

        public List<string> Log { get; } = [];
    }

    private static Gql.Types.Schema BuildSchema(Root root) => Schema(
        """
        type Query { number: Int }
        type Mutation {
          immediatelyChangeTheNumber(newNumber: Int): NumberHolder
          promiseToChangeTheNumber(newNumber: Int): NumberHolder
          failToChangeTheNumber(newNumber: Int): NumberHolder
          promiseAndFailToChangeTheNumber(newNumber: Int): NumberHolder
        }
        type NumberHolder { theNumber: Int }
        """,
        b => b.AddResolver("Mutation", "immediatelyChangeTheNumber", Sync(c =>
                {
                    root.Number = c.ArgumentValue<int>("newNumber");
                    root.Log.Add("sync " + root.Number);
                    return new Dictionary<string, object?> { ["theNumber"] = root.Number };
                }))
              .AddResolver("Mutation", "promiseToChangeTheNumber", async c =>
                {
                    var number = c.ArgumentValue<int>("newNumber");
                    // Completes after the synchronous fields: only serial execution keeps the order.
                    await Task.Yield();
                    root.Number = number;
                    root.Log.Add("async " + number);
                    return new Dictionary<string, object?> { ["theNumber"] = root.Number };
                })
              .AddResolver("Mutation", "failToChangeTheNumber", Throws("Cannot change the number"))
              .AddResolver("Mutation", "promiseAndFailToChangeTheNumber", ThrowsAsync("Cannot change the number")));

    [Fact]
    public async Task Evaluates_mutations_serially_even_when_asynchronous()
    {
        var root = new Root();

        await AssertResultAsync(
            """{"data":{"first":{"theNumber":1},"second":{"theNumber":2},"third":{"theNumber":3},"fourth":{"theNumber":4},"fifth":{"theNumber":5}}}""",
            BuildSchema(root),
            """
            mutation M {
              first: immediatelyChangeTheNumber(newNumber: 1) { theNumber }
              second: promiseToChangeTheNumber(newNumber: 2) { theNumber }
              third: immediatelyChangeTheNumber(newNumber: 3) { theNumber }
              fourth: promiseToChangeTheNumber(newNumber: 4) { theNumber }
              fifth: immediatelyChangeTheNumber(newNumber: 5) { theNumber }
            }
            """);
        Assert.Equal(["sync 1", "async 2", "sync 3", "async 4", "sync 5"], root.Log);
    }

    [Fact]
    public async Task Evaluates_mutations_correctly_in_the_presence_of_a_failed_mutation()
    {
        var root = new Root();

        await AssertResultAsync(
            """
            {"errors":[
              {"message":"Cannot change the number","locations":[{"line":3,"column":3}],"path":["second"]},
              {"message":"Cannot change the number","locations":[{"line":5,"column":3}],"path":["fourth"]}],
             "data":{"first":{"theNumber":1},"second":null,"third":{"theNumber":3},"fourth":null,"fifth":{"theNumber":5}}}
            """,
            BuildSchema(root),
            """
            mutation M {
              first: immediatelyChangeTheNumber(newNumber: 1) { theNumber }
              second: failToChangeTheNumber(newNumber: 2) { theNumber }
              third: promiseToChangeTheNumber(newNumber: 3) { theNumber }
              fourth: promiseAndFailToChangeTheNumber(newNumber: 4) { theNumber }
              fifth: immediatelyChangeTheNumber(newNumber: 5) { theNumber }
            }
            """);
    }

    [Fact]
    public async Task Runs_query_fields_in_parallel()
    {
        var first = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Schema(
            "type Query { waits: String releases: String }",
            b => b.AddResolver("Query", "waits", _ => new ValueTask<object?>(first.Task))
                  .AddResolver("Query", "releases", async _ =>
                  {
                      await Task.Yield();
                      first.SetResult("released");
                      return "done";
                  }));

        var run = JsonAsync(schema, "{ waits releases }");

        Assert.Equal("""{"data":{"waits":"released","releases":"done"}}""", await run.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
