using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>MaxIntrospectionDepthRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly IValidationRule Rule = new MaxIntrospectionDepthRule();

    [Fact]
    public void Shallow_introspection_is_valid()
    {
        const string query = """
            { __schema { types { fields { type { name } } } } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Three_nested_list_fields_are_invalid()
    {
        const string query = """
            { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void Depth_counts_through_fragments()
    {
        const string query = """
            { __type(name: "Dog") { ...F } }
            fragment F on __Type { fields { type { ...G } } }
            fragment G on __Type { interfaces { possibleTypes { name } } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void Fragment_cycles_terminate()
    {
        const string query = """
            { __schema { types { ...F } } }
            fragment F on __Type { ofType { ...F } }
            """;

        ExpectValid(Rule, query);
    }
}
