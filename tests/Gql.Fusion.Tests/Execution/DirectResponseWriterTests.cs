using Gql.Execution;
using Gql.Fusion.Execution;
using Gql.Fusion.Execution.Direct;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Fusion.Tests.Execution;

/// <summary>
/// The gateway's direct writer against the executor's completion of the same merged result (the
/// path it replaces): the same bytes where it writes, and no answer where completion has to do
/// more than copy (null propagation, errors, unknown values).
/// </summary>
public class DirectResponseWriterTests
{
    private const string Sdl = """
        scalar JSON
        enum Status { ACTIVE RETIRED }
        interface Node { id: ID! }
        type Query { users: [User!]! user(id: ID!): User node(id: ID!): Node search: [SearchResult!] stats: Stats }
        type User implements Node { id: ID! name: String! nickname: String status: Status! score: Float tags: [String] meta: JSON friends: [User!] }
        type Product implements Node { id: ID! title: String! price: Int! }
        union SearchResult = User | Product
        type Stats { count: Int! ratio: Float! active: Boolean! }
        """;

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .AddScalar(new SdlScalarType("JSON"))
        .Configure(built => built.ContextData[ExecutionSchemaKeys.DictionaryKeysAreResponseNames] = true)
        .Build();

    private static readonly RequestExecutor Executor = new(Schema);

    [Fact]
    public async Task Fields_aliases_typenames_lists_enums_and_custom_scalars_are_written_as_the_executor_completes_them()
    {
        var root = Map(
            ("users", List(
                Map(("id", "u1"), ("name", "Ann \"A\" <b>é"), ("nickname", null), ("status", "ACTIVE"), ("score", 19.99), ("tags", List("a", null)),
                    ("meta", Map(("deep", List(1L, true)))), ("alias", "u1"), ("friends", List(Map(("id", "u2"), ("name", "Bob"))))),
                Map(("id", "u2"), ("name", "Bob"), ("nickname", "b"), ("status", "RETIRED"), ("score", 3), ("tags", null), ("meta", 12.5m), ("alias", "u2"), ("friends", null)))),
            ("stats", Map(("count", 2), ("ratio", 0.1 + 0.2), ("active", false))));

        await AssertWrittenAsCompleted(
            """
            query Q {
              __typename
              users {
                __typename id name nickname status score tags meta
                alias: id
                ... on User { friends { ...F } }
              }
              stats { count ratio active kind: __typename }
            }
            fragment F on User { id name }
            """,
            root);
    }

    [Fact]
    public async Task Fragments_on_interfaces_and_unions_select_by_the_typename_of_each_value()
    {
        var root = Map(
            ("node", Map(("__typename", "Product"), ("id", "p1"), ("title", "Lamp"), ("price", 10))),
            ("search", List(
                Map(("__typename", "User"), ("id", "u1"), ("name", "Ann")),
                Map(("__typename", "Product"), ("id", "p2"), ("title", "Desk"), ("price", 99)))));

        await AssertWrittenAsCompleted(
            """
            {
              node(id: "p1") { __typename id ... on Product { title price } ... on User { name } }
              search { __typename ... on Node { id } ... on User { name } ... on Product { title } }
            }
            """,
            root);
    }

    [Fact]
    public async Task Literal_skip_and_include_are_applied_and_fields_merge_by_response_name()
    {
        var root = Map(("user", Map(("id", "u1"), ("name", "Ann"), ("friends", List(Map(("id", "u2"), ("name", "Bob")))))));

        await AssertWrittenAsCompleted(
            """
            {
              user(id: "u1") {
                id @include(if: true)
                name @skip(if: true)
                friends { id }
                friends { name }
                ... @include(if: false) { name }
              }
            }
            """,
            root);
    }

    public static TheoryData<string, string> ResultsTheExecutorCompletes => new()
    {
        { "a null in a non-null field", "{ users { id name } }" },
        { "a non-null field missing from the merged result", "{ users { id status } }" },
        { "a failed field (an error value)", "{ users { id nickname } }" },
        { "an unknown enum value", "{ user(id: \"u2\") { id status } }" },
        { "an abstract value of a type that is not possible", "{ node(id: \"s\") { id } }" },
    };

    [Theory]
    [MemberData(nameof(ResultsTheExecutorCompletes))]
    public async Task Results_that_need_null_propagation_or_errors_are_left_to_the_executor(string reason, string query)
    {
        var root = Map(
            ("users", List(Map(("id", "u1"), ("name", null), ("nickname", new GraphQLException(new GraphQLError("Subgraph failed")))))),
            ("user", Map(("id", "u2"), ("status", "UNKNOWN"))),
            ("node", Map(("__typename", "Stats"), ("id", "s"))));
        var (shape, _) = Compile(query);

        var written = DirectResponseWriter.TryWrite(shape!, root, null, out _);
        var completed = await CompleteAsync(query, root);

        Assert.True(written is null, reason);
        Assert.NotEmpty(completed.Errors);
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"User\") { name } }")]
    [InlineData("query Q($on: Boolean!) { users { id @include(if: $on) } }")]
    [InlineData("subscription { users { id } }")]
    public void Operations_whose_shape_depends_on_more_than_the_document_have_no_shape(string query)
    {
        var (shape, _) = Compile(query);

        Assert.Null(shape);
    }

    [Fact]
    public void Read_as_a_dictionary_the_written_data_is_the_parsed_json()
    {
        var (shape, _) = Compile("{ stats { count ratio } }");

        var written = DirectResponseWriter.TryWrite(shape!, Map(("stats", Map(("count", 3), ("ratio", 0.5)))), null, out _)!;

        var stats = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(written["stats"]);
        Assert.Equal(2, stats.Count);
        Assert.Single(written);
    }

    [Fact]
    public async Task Long_strings_kept_as_the_subgraph_answer_s_utf8_are_written_as_their_decoded_strings_would_be()
    {
        var longText = string.Concat(Enumerable.Repeat("Lorem ipsum \\\"quoted\\\" <tag> é ☃ \\n line ", 4));
        using var answer = System.Text.Json.JsonDocument.Parse($$$"""
            {"users": [{"id": "u1", "name": "{{{longText}}}", "nickname": "{{{longText}}}", "status": "ACTIVE", "tags": ["{{{longText}}}", "short"], "meta": {"text": "{{{longText}}}"}}]}
            """);
        var root = Map();
        ResultMerger.Merge(root, answer.RootElement, keepRawStrings: true);
        var (shape, _) = Compile("{ users { id name nickname status tags meta } }");

        var written = DirectResponseWriter.TryWrite(shape!, root, null, out _);
        var writtenJson = new ExecutionResult(written).ToJson();
        ResultMerger.MaterializeRawStrings(root);
        var completed = await CompleteAsync("{ users { id name nickname status tags meta } }", root);

        Assert.Empty(completed.Errors);
        Assert.Equal(completed.ToJson(), writtenJson);
        Assert.Contains("\\\"quoted\\\"", writtenJson, StringComparison.Ordinal);
        Assert.IsType<string>(((Dictionary<string, object?>)((List<object?>)root["users"]!)[0]!)["name"]);
    }

    private static async Task AssertWrittenAsCompleted(string query, Dictionary<string, object?> root)
    {
        var (shape, _) = Compile(query);
        var completed = await CompleteAsync(query, root);

        var written = DirectResponseWriter.TryWrite(shape!, root, null, out _);

        Assert.Empty(completed.Errors);
        Assert.NotNull(written);
        Assert.Equal(completed.ToJson(), new ExecutionResult(written).ToJson());
    }

    private static async Task<ExecutionResult> CompleteAsync(string query, Dictionary<string, object?> root)
        => (ExecutionResult)await Executor.ExecuteAsync(new GraphQLRequest(query) { RootValue = root });

    private static (ResponseShape? Shape, OperationDefinitionNode Operation) Compile(string query)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        return (ResponseShape.Compile(Schema, operation, fragments), operation);
    }

    private static Dictionary<string, object?> Map(params (string Name, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in entries)
        {
            map[name] = value;
        }

        return map;
    }

    private static List<object?> List(params object?[] items) => [.. items];
}
