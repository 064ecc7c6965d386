using Gql.Types.Resolvers;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>Default resolution and the resolver context, after graphql-js resolve-test.</summary>
public class ResolveTests
{
    private sealed class Person
    {
        public string FirstName { get; init; } = "Ada";

        public int Age = 36;

        public Person? Friend { get; init; }

        public string Greeting() => "Hello " + FirstName;

        public Task<string> Nickname { get; } = Task.FromResult("ada");
    }

    public enum Episode
    {
        NewHope,
        Empire,
    }

    public sealed record Filter(string Name, int Limit, Episode Episode);

    [Fact]
    public async Task Default_resolver_reads_properties_fields_methods_tasks_and_dictionaries()
    {
        var schema = Schema("type Query { me: Person map: Person } type Person { firstName: String age: Int greeting: String nickname: String friend: Person }");
        var root = new Dictionary<string, object?>
        {
            ["me"] = new Person { Friend = new Person { FirstName = "Grace" } },
            ["map"] = new Dictionary<string, object?> { ["firstName"] = "Map", ["age"] = 1 },
        };

        await AssertResultAsync(
            """{"data":{"me":{"firstName":"Ada","age":36,"greeting":"Hello Ada","nickname":"ada","friend":{"firstName":"Grace"}},"map":{"firstName":"Map","age":1,"friend":null}}}""",
            schema,
            "{ me { firstName age greeting nickname friend { firstName } } map { firstName age friend { firstName } } }",
            rootValue: root);
    }

    [Fact]
    public async Task Argument_values_convert_to_enums_records_lists_and_numbers()
    {
        Filter? filter = null;
        long? widened = null;
        List<Episode>? episodes = null;
        var schema = Schema(
            """
            enum Episode { NEW_HOPE EMPIRE }
            input FilterInput { name: String! limit: Int = 10 episode: Episode! }
            type Query { search(filter: FilterInput!, count: Int, episodes: [Episode!]): String }
            """,
            b => b.AddResolver("Query", "search", Sync(c =>
            {
                filter = c.ArgumentValue<Filter>("filter");
                widened = c.ArgumentValue<long>("count");
                episodes = c.ArgumentValue<List<Episode>>("episodes");
                return "ok";
            })));

        await AssertResultAsync(
            """{"data":{"search":"ok"}}""",
            schema,
            """{ search(filter: {name: "x", episode: EMPIRE}, count: 3, episodes: [NEW_HOPE, EMPIRE]) }""");

        Assert.Equal(new Filter("x", 10, Episode.Empire), filter);
        Assert.Equal(3L, widened);
        Assert.Equal([Episode.NewHope, Episode.Empire], episodes);
    }

    [Fact]
    public async Task Services_come_from_the_request_then_the_executor_and_context_data_is_per_request()
    {
        var schema = Schema(
            "type Query { a: String b: String }",
            b => b.AddResolver("Query", "a", Sync(c =>
                    {
                        c.ContextData["seen"] = c.Service<string>();
                        return c.Service<string>() + ":" + c.Service<Uri>().Host;
                    }))
                  .AddResolver("Query", "b", Sync(c => c.ContextData["seen"])));
        var executor = new RequestExecutor(schema, services: new Services(("executor"), new Uri("http://example.org")));
        var contextData = new Dictionary<string, object?>();

        var result = (ExecutionResult)await executor.ExecuteAsync(
            new GraphQLRequest("{ a b }") { Services = new Services("request", null), ContextData = contextData });

        Assert.Equal("""{"data":{"a":"request:example.org","b":"request"}}""", result.ToJson());
        Assert.Equal("request", contextData["seen"]);
    }

    [Fact]
    public async Task Missing_services_fail_the_field()
    {
        var schema = Schema("type Query { a: String }", b => b.AddResolver("Query", "a", Sync(c => c.Service<Uri>().Host)));

        var result = await RunAsync(schema, "{ a }");

        Assert.Equal("The service \"System.Uri\" is not registered.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Reported_errors_get_the_field_path_and_the_value_is_kept()
    {
        var schema = Schema(
            "type Query { a: String }",
            b => b.AddResolver("Query", "a", Sync(c =>
            {
                c.ReportError(new Gql.Language.GraphQLError("partial"));
                return "value";
            })));

        await AssertResultAsync(
            """{"errors":[{"message":"partial","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":"value"}}""",
            schema,
            "{ a }");
    }

    [Fact]
    public async Task Parent_converts_the_parent_value()
    {
        var schema = Schema(
            "type Query { me: Person } type Person { name: String }",
            b => b.AddResolver("Query", "me", Value(new Person()))
                  .AddResolver("Person", "name", Sync(c => c.Parent<Person>().FirstName)));

        await AssertResultAsync("""{"data":{"me":{"name":"Ada"}}}""", schema, "{ me { name } }");
    }

    private sealed class Services(string text, Uri? uri) : IServiceProvider
    {
        public object? GetService(Type serviceType)
            => serviceType == typeof(string) ? text : serviceType == typeof(Uri) ? uri : null;
    }
}
