using Gql.Language;
using Gql.Language.Syntax;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>The root value hook a gateway uses: it sees the prepared operation and supplies the root value, errors and extensions.</summary>
public class RootValueProviderTests
{
    [Fact]
    public async Task Root_fields_resolve_on_the_provided_value_and_its_errors_and_extensions_are_added()
    {
        var schema = Schema("type Query { a: String b(x: Int): Int }", b => b
            .AddResolver("Query", "a", Sync(c => ((Dictionary<string, object?>)c.ParentValue!)["a"]))
            .AddResolver("Query", "b", Sync(c => ((Dictionary<string, object?>)c.ParentValue!)["b"])));
        var provider = new RecordingProvider();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { RootValueProvider = provider });

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(
            "query Q($x: Int = 2) { a b(x: $x) ...F } fragment F on Query { a }", "Q", new Dictionary<string, object?>()));

        Assert.Equal(
            """{"errors":[{"message":"from the provider","path":["b"],"extensions":{"code":"PROVIDED"}}],"data":{"a":"A","b":7},"extensions":{"plan":"p"}}""",
            result.ToJson());
        Assert.Equal("Q", provider.Seen!.Operation.Name!.Value);
        Assert.Equal(2, provider.Seen.Variables["x"]);
        Assert.True(provider.Seen.Fragments.ContainsKey("F"));
    }

    [Fact]
    public async Task A_subscription_gets_the_provided_value_as_the_parent_of_its_subscribe_resolver()
    {
        var schema = Schema("type Query { a: String } type Subscription { s: String }", b => b
            .AddSubscriber("Subscription", "s", c => new ValueTask<IAsyncEnumerable<object?>>(Events((string)((Dictionary<string, object?>)c.ParentValue!)["a"]!)))
            .AddResolver("Subscription", "s", Sync(c => c.ParentValue)));
        var provider = new RecordingProvider();
        var executor = new RequestExecutor(schema, new RequestExecutorOptions { RootValueProvider = provider });

        var result = await executor.ExecuteAsync(new GraphQLRequest("subscription { s }"));

        var stream = Assert.IsType<ResponseStream>(result);
        var events = new List<string>();
        await foreach (var item in stream)
        {
            events.Add(((ExecutionResult)item).ToJson());
        }

        Assert.Equal(new[] { """{"data":{"s":"A"}}""" }, events);
        Assert.Equal(OperationType.Subscription, provider.Seen!.Operation.Operation);
    }

    [Fact]
    public async Task The_default_resolver_reads_response_names_when_the_schema_is_marked()
    {
        var schema = Schema("type Query { item: Item } type Item { name: String }", b => b
            .Configure(s => s.ContextData[ExecutionSchemaKeys.DictionaryKeysAreResponseNames] = true));
        var root = new Dictionary<string, object?>
        {
            ["first"] = new Dictionary<string, object?> { ["title"] = "A", ["name"] = "wrong" },
            ["item"] = new Dictionary<string, object?> { ["name"] = "B" },
        };
        var executor = new RequestExecutor(schema);

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ first: item { title: name } item { name } }") { RootValue = root });

        Assert.Equal("""{"data":{"first":{"title":"A"},"item":{"name":"B"}}}""", result.ToJson());
    }

    private static async IAsyncEnumerable<object?> Events(string value)
    {
        await Task.Yield();
        yield return value;
    }

    private sealed class RecordingProvider : IRootValueProvider
    {
        public RootValueRequest? Seen { get; private set; }

        public ValueTask<ProvidedRootValue> ProvideAsync(RootValueRequest request, CancellationToken cancellationToken)
        {
            Seen = request;
            var root = new Dictionary<string, object?> { ["a"] = "A", ["b"] = 7 };
            return new ValueTask<ProvidedRootValue>(new ProvidedRootValue(
                root,
                [GraphQLError.WithCode("from the provider", "PROVIDED", path: ["b"])],
                new Dictionary<string, object?> { ["plan"] = "p" }));
        }
    }
}
