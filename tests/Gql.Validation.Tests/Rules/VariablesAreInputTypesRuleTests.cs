using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>VariablesAreInputTypesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly IValidationRule Rule = new VariablesAreInputTypesRule();

    [Fact]
    public void Unknown_types_are_left_to_known_type_names()
    {
        const string query = """
            query Foo($a: Unknown, $b: [[Unknown!]]!) { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Input_types_are_valid()
    {
        const string query = """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Output_types_are_invalid()
    {
        const string query = """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
    }
}
