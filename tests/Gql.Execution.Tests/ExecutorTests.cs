using Gql.Language;
using Gql.Types.Resolvers;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

public class ExecutorTests
{
    [Fact]
    public async Task Executes_arbitrary_code_with_nested_objects_and_lists()
    {
        var schema = Schema(
            """
            type Query { a: String b: String deep: Deep pic(size: Int): String }
            type Deep { a: String deeper: [Deep] b: Int }
            """,
            b => b.AddResolver("Query", "pic", Sync(c => "Pic of size: " + c.ArgumentValue<int?>("size")))
                  .AddResolver("Query", "a", Async(_ => "Apple")));
        var root = new Dictionary<string, object?>
        {
            ["b"] = "Banana",
            ["deep"] = new Dictionary<string, object?>
            {
                ["a"] = "Already Been Done",
                ["b"] = 2,
                ["deeper"] = new object?[] { new Dictionary<string, object?> { ["a"] = "x" }, null },
            },
        };

        await AssertResultAsync(
            """{"data":{"a":"Apple","b":"Banana","x":"Pic of size: 100","deep":{"a":"Already Been Done","b":2,"deeper":[{"a":"x"},null]}}}""",
            schema,
            "{ a b x: pic(size: 100) deep { a b deeper { a } } }",
            rootValue: root);
    }

    [Fact]
    public async Task Orders_fields_like_collect_fields_with_fragments_merged_at_first_occurrence()
    {
        var schema = Schema("type Query { a: String b: String c: String d: String }");
        var root = new Dictionary<string, object?> { ["a"] = "A", ["b"] = "B", ["c"] = "C", ["d"] = "D" };

        await AssertResultAsync(
            """{"data":{"c":"C","a":"A","b":"B","d":"D"}}""",
            schema,
            "query { c ...F a ... on Query { d b } } fragment F on Query { a b }",
            rootValue: root);
    }

    [Fact]
    public async Task Keeps_field_order_when_fields_complete_asynchronously_out_of_order()
    {
        var gate = new TaskCompletionSource<object?>();
        var schema = Schema(
            "type Query { slow: String fast: String sync: String }",
            b => b.AddResolver("Query", "slow", _ => new ValueTask<object?>(gate.Task))
                  .AddResolver("Query", "fast", Async(_ =>
                  {
                      gate.SetResult("slow");
                      return "fast";
                  }))
                  .AddResolver("Query", "sync", Value("sync")));

        await AssertResultAsync("""{"data":{"slow":"slow","fast":"fast","sync":"sync"}}""", schema, "{ slow fast sync }");
    }

    [Fact]
    public async Task Resolver_exceptions_become_field_errors_with_path_and_locations()
    {
        var schema = Schema(
            "type Query { ok: String syncError: String asyncError: String list: [String] }",
            b => b.AddResolver("Query", "ok", Value("ok"))
                  .AddResolver("Query", "syncError", Throws("Error getting syncError"))
                  .AddResolver("Query", "asyncError", ThrowsAsync("Error getting asyncError"))
                  .AddResolver("Query", "list", Value(new object?[] { "a", new InvalidOperationException("Bad item"), "c" })));

        await AssertResultAsync(
            """
            {"errors":[
              {"message":"Error getting syncError","locations":[{"line":1,"column":6}],"path":["syncError"]},
              {"message":"Bad item","locations":[{"line":1,"column":27}],"path":["list",1]},
              {"message":"Error getting asyncError","locations":[{"line":1,"column":16}],"path":["asyncError"]}],
             "data":{"ok":"ok","syncError":null,"asyncError":null,"list":["a",null,"c"]}}
            """,
            schema,
            "{ ok syncError asyncError list }");
    }

    [Fact]
    public async Task Graphql_exceptions_keep_their_code_and_other_errors_get_internal_server_error()
    {
        var schema = Schema(
            "type Query { coded: String plain: String }",
            b => b.AddResolver("Query", "coded", _ => throw new GraphQLException("Not allowed", "FORBIDDEN"))
                  .AddResolver("Query", "plain", Throws("Boom")));

        var result = await RunAsync(schema, "{ coded plain }");

        Assert.Equal(["FORBIDDEN", ErrorCodes.ResolverError], result.Errors.Select(e => e.Code));
        Assert.Equal(["coded"], result.Errors[0].Path!);
    }

    [Fact]
    public async Task Writes_errors_before_data_with_extensions_code()
    {
        var schema = Schema("type Query { a: String }", b => b.AddResolver("Query", "a", Throws("x")));

        var json = await JsonAsync(schema, "{ a }");

        Assert.Equal(
            """{"errors":[{"message":"x","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"a":null}}""",
            json);
    }

    [Fact]
    public async Task Answers_typename_and_introspection_meta_fields()
    {
        var schema = Schema("type Query { a: String }");

        await AssertResultAsync(
            """{"data":{"__typename":"Query","t":{"name":"Query"},"__schema":{"queryType":{"name":"Query"}}}}""",
            schema,
            "{ __typename t: __type(name: \"Query\") { name } __schema { queryType { name } } }");
    }

    [Fact]
    public async Task Provides_the_resolver_context()
    {
        IResolverContext? seen = null;
        object? path = null;
        var schema = Schema(
            "type Query { item: Item } type Item { field(arg: String = \"x\"): String }",
            b => b.AddResolver("Query", "item", Value(new Dictionary<string, object?>()))
                  .AddResolver("Item", "field", Sync(c =>
                  {
                      seen = c;
                      path = c.Path.ToString();
                      return c.ResponseName + ":" + c.ObjectType.Name + "." + c.Field.Name + ":" + c.ArgumentValue<string>("arg")
                          + ":" + c.Operation.Name!.Value + ":" + c.Variables["v"];
                  })));

        await AssertResultAsync(
            """{"data":{"item":{"alias":"alias:Item.field:1:Q:1"}}}""",
            schema,
            "query Q($v: String) { item { alias: field(arg: $v) } }",
            variables: """{"v":"1"}""");
        Assert.NotNull(seen);
        Assert.Equal("item.alias", path);
    }

    [Fact]
    public async Task Uses_the_operation_named_by_operation_name()
    {
        var schema = Schema("type Query { a: String b: String }");
        var root = new Dictionary<string, object?> { ["a"] = "A", ["b"] = "B" };

        await AssertResultAsync("""{"data":{"b":"B"}}""", schema, "query A { a } query B { b }", rootValue: root, operationName: "B");
    }

    [Theory]
    [InlineData("query A { a } query B { a }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { a }", "B", "Unknown operation named \"B\".")]
    [InlineData("fragment F on Query { a }", null, "Must provide an operation.")]
    public async Task Reports_operation_selection_errors_without_data(string query, string? operationName, string message)
    {
        var schema = Schema("type Query { a: String }");

        var result = await new RequestExecutor(schema, new RequestExecutorOptions { SkipValidation = true })
            .ExecuteAsync(new GraphQLRequest(query, operationName));

        var executionResult = Assert.IsType<ExecutionResult>(result);
        Assert.False(executionResult.HasData);
        Assert.Equal(message, Assert.Single(executionResult.Errors).Message);
        Assert.DoesNotContain("\"data\"", executionResult.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_syntax_errors_without_data()
    {
        var schema = Schema("type Query { a: String }");

        var json = await JsonAsync(schema, "{ a ");

        Assert.StartsWith("""{"errors":[{"message":"Syntax Error: """, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_validation_errors_without_data()
    {
        var schema = Schema("type Query { a: String }");

        var result = await RunAsync(schema, "{ unknown }");

        Assert.False(result.HasData);
        Assert.Equal("Cannot query field \"unknown\" on type \"Query\".", Assert.Single(result.Errors).Message);
        Assert.Equal(ErrorCodes.ValidationFailed, result.Errors[0].Code);
    }

    [Fact]
    public async Task Returns_data_null_when_the_schema_has_no_root_type_for_the_operation()
    {
        var schema = Schema("type Query { a: String }");

        var result = await new RequestExecutor(schema, new RequestExecutorOptions { SkipValidation = true })
            .ExecuteAsync(new GraphQLRequest("mutation { a }"));

        Assert.Equal(
            """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_NOT_FOUND"}}],"data":null}""",
            ((ExecutionResult)result).ToJson());
    }

    [Fact]
    public async Task Leaves_out_fields_the_type_does_not_define_when_not_validated()
    {
        var schema = Schema("type Query { a: String }");

        var result = await new RequestExecutor(schema, new RequestExecutorOptions { SkipValidation = true })
            .ExecuteAsync(new GraphQLRequest("{ a thisIsNotAField }") { RootValue = new Dictionary<string, object?> { ["a"] = "b" } });

        Assert.Equal("""{"data":{"a":"b"}}""", ((ExecutionResult)result).ToJson());
    }

    [Fact]
    public async Task Serializes_leaf_values_and_reports_serialization_errors()
    {
        var schema = Schema("type Query { int: Int float: Float bool: Boolean id: ID bad: Int color: Color badColor: Color } enum Color { RED GREEN }");
        var root = new Dictionary<string, object?>
        {
            ["int"] = 1, ["float"] = 1.5, ["bool"] = true, ["id"] = 7, ["bad"] = "x", ["color"] = "GREEN", ["badColor"] = "BLUE",
        };

        await AssertResultAsync(
            """
            {"errors":[
              {"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":21}],"path":["bad"]},
              {"message":"Enum \"Color\" cannot represent value: \"BLUE\"","locations":[{"line":1,"column":31}],"path":["badColor"]}],
             "data":{"int":1,"float":1.5,"bool":true,"id":"7","bad":null,"color":"GREEN","badColor":null}}
            """,
            schema,
            "{ int float bool id bad color badColor }",
            rootValue: root);
    }
}
