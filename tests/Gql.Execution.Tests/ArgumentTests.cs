using Gql.Language;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>CoerceArgumentValues (spec section 6.4.1) failures on unvalidated documents, as graphql-js reports them.</summary>
public class ArgumentTests
{
    private static readonly Gql.Types.Schema TestSchema = Schema(
        "type Query { field(required: Int!, optional: Int = 5): String }",
        b => b.AddResolver("Query", "field", Sync(c => $"{c.ArgumentValue<int>("required")}/{c.ArgumentValue<int>("optional")}")));

    private static async Task<ExecutionResult> RunUnvalidatedAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
        => (ExecutionResult)await new RequestExecutor(TestSchema, new RequestExecutorOptions { SkipValidation = true })
            .ExecuteAsync(new GraphQLRequest(query, Variables: variables));

    [Theory]
    [InlineData("{ field }", "Argument \"required\" of required type \"Int!\" was not provided.", 3)]
    [InlineData("{ field(required: null) }", "Argument \"required\" of non-null type \"Int!\" must not be null.", 19)]
    [InlineData("{ field(required: \"x\") }", "Argument \"required\" has invalid value \"x\".", 19)]
    public async Task Reports_invalid_arguments_as_field_errors(string query, string message, int column)
    {
        var result = await RunUnvalidatedAsync(query);

        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal([new ErrorLocation(1, column)], error.Locations!);
        Assert.Equal(["field"], error.Path!);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal("""{"field":null}""", Normalize(System.Text.Json.JsonSerializer.Serialize(result.Data)));
    }

    [Fact]
    public async Task Applies_defaults_and_variables()
    {
        var result = await RunUnvalidatedAsync("query ($r: Int!) { field(required: $r) }", new Dictionary<string, object?> { ["r"] = 2 });

        Assert.Equal("""{"data":{"field":"2/5"}}""", result.ToJson());
    }
}
