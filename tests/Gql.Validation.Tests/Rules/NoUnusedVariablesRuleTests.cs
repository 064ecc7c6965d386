using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>NoUnusedVariablesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly IValidationRule Rule = new NoUnusedVariablesRule();

    [Fact]
    public void Variables_used_through_fragments_are_valid()
    {
        const string query = """
            query Foo($a: String, $b: Boolean) { ...FragA }
            fragment FragA on QueryRoot { human(id: $a) { name(surname: $b) } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Unused_variables_are_invalid()
    {
        const string query = """
            query ($a: String, $b: String, $c: String) { human(id: $a) { name(surname: $c) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$b\" is never used.", (1, 20)));
    }

    [Fact]
    public void Variable_used_only_by_an_unreached_fragment_is_unused()
    {
        const string query = """
            query Foo($a: String, $b: String, $c: String) { ...FragA }
            fragment FragA on QueryRoot { human(id: $a) { ...FragB } }
            fragment FragB on Human { name(surname: $c) }
            fragment FragC on Human { name(surname: $b) }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)));
    }

    [Fact]
    public void Each_operation_is_checked_separately()
    {
        const string query = """
            query Foo($b: String) { ...FragA }
            query Bar($a: String) { ...FragB }
            fragment FragA on QueryRoot { human(id: $a) { name } }
            fragment FragB on QueryRoot { human(id: $b) { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$a\" is never used in operation \"Bar\".", (2, 11)));
    }
}
