using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>UniqueArgumentNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly IValidationRule Rule = new UniqueArgumentNamesRule();

    [Fact]
    public void Distinct_arguments_are_valid()
    {
        const string query = """
            { dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) @withArgs(first: 1, second: "a") } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Duplicate_arguments_are_invalid()
    {
        const string query = """
            { dog { isAtLocation(x: 1, x: 2, y: 1, x: 3, y: 4) @withArgs(first: 1, first: 2) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("There can be only one argument named \"x\".", (1, 22), (1, 28), (1, 40)),
            Error("There can be only one argument named \"y\".", (1, 34), (1, 46)),
            Error("There can be only one argument named \"first\".", (1, 62), (1, 72)));
    }
}
