using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>NoUndefinedVariablesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly IValidationRule Rule = new NoUndefinedVariablesRule();

    [Fact]
    public void Variables_defined_through_fragments_are_valid()
    {
        const string query = """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on QueryRoot {
              complicatedArgs { stringArgField(stringArg: $a) }
              ...FragB
            }
            fragment FragB on QueryRoot { human(id: $b) { name(surname: $c) } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Undefined_variables_are_invalid()
    {
        const string query = """
            query Foo($a: String) { human(id: $a) { name(surname: $b) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (1, 55), (1, 1)));
    }

    [Fact]
    public void Anonymous_operation_reports_each_usage()
    {
        const string query = """
            { human(id: $a) { ...FragA } }
            fragment FragA on Human {
              name(surname: $b)
              pets { name(surname: $b) }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$a\" is not defined.", (1, 13), (1, 1)),
            Error("Variable \"$b\" is not defined.", (3, 17), (1, 1)),
            Error("Variable \"$b\" is not defined.", (4, 24), (1, 1)));
    }

    [Fact]
    public void Fragment_used_by_two_operations_is_checked_for_each()
    {
        const string query = """
            query Foo($b: String) { ...FragAB }
            query Bar($a: String) { ...FragAB }
            fragment FragAB on QueryRoot { human(id: $a) { name(surname: $b) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 42), (1, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (3, 62), (2, 1)));
    }

    [Fact]
    public void Variables_in_directives_are_checked()
    {
        const string query = """
            query Foo { dog @include(if: $cond) { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$cond\" is not defined by operation \"Foo\".", (1, 30), (1, 1)));
    }
}
