using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>@skip and @include on fields and fragments, after graphql-js directives-test.</summary>
public class DirectivesTests
{
    private static readonly Gql.Types.Schema TestSchema = Schema(
        "type Query { a: String b: String }",
        b => b.AddResolver("Query", "a", Value("a")).AddResolver("Query", "b", Value("b")));

    [Theory]
    [InlineData("{ a, b @include(if: true) }", """{"data":{"a":"a","b":"b"}}""")]
    [InlineData("{ a, b @include(if: false) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, b @skip(if: false) }", """{"data":{"a":"a","b":"b"}}""")]
    [InlineData("{ a, b @skip(if: true) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, b @include(if: true) @skip(if: true) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, b @include(if: false) @skip(if: false) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, ...Frag @include(if: false) } fragment Frag on Query { b }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, ... on Query @skip(if: true) { b } }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, ... @include(if: true) { b } }", """{"data":{"a":"a","b":"b"}}""")]
    [InlineData("{ a b @skip(if: true) b }", """{"data":{"a":"a","b":"b"}}""")]
    public async Task Applies_literal_conditions(string query, string expected)
    {
        await AssertResultAsync(expected, TestSchema, query);
    }

    [Fact]
    public async Task Applies_variable_conditions_and_caches_one_compiled_variant_per_value()
    {
        var executor = new RequestExecutor(TestSchema);
        const string Query = "query ($skip: Boolean!) { a b @skip(if: $skip) }";

        var skipped = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(Query, Variables: new Dictionary<string, object?> { ["skip"] = true }));
        var included = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(Query, Variables: new Dictionary<string, object?> { ["skip"] = false }));
        var skippedAgain = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest(Query, Variables: new Dictionary<string, object?> { ["skip"] = true }));

        Assert.Equal("""{"data":{"a":"a"}}""", skipped.ToJson());
        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", included.ToJson());
        Assert.Equal("""{"data":{"a":"a"}}""", skippedAgain.ToJson());
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Applies_conditions_inside_fragments_reached_through_variables_with_defaults()
    {
        await AssertResultAsync(
            """{"data":{"b":"b"}}""",
            TestSchema,
            "query ($on: Boolean = false) { ...F } fragment F on Query { a @include(if: $on) b }");
    }
}
