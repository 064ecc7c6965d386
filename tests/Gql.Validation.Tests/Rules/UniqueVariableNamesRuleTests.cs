using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>UniqueVariableNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly IValidationRule Rule = new UniqueVariableNamesRule();

    [Fact]
    public void Distinct_variables_are_valid()
    {
        const string query = """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Duplicate_variables_are_invalid()
    {
        const string query = """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($y: String, $y: Int) { __typename }
            query C($z: Int, $z: Int) { __typename }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            Error("There can be only one variable named \"$y\".", (2, 10), (2, 22)),
            Error("There can be only one variable named \"$z\".", (3, 10), (3, 19)));
    }
}
