using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>UniqueFragmentNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly IValidationRule Rule = new UniqueFragmentNamesRule();

    [Fact]
    public void Distinct_fragments_are_valid()
    {
        const string query = """
            { dog { ...fragA ...fragB } }
            fragment fragA on Dog { name }
            fragment fragB on Dog { barks }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Inline_fragments_are_always_unique()
    {
        const string query = """
            { dog { ...on Dog { name } ...on Dog { barks } } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Fragment_may_share_a_name_with_an_operation()
    {
        const string query = """
            query Foo { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Duplicate_fragments_are_invalid()
    {
        const string query = """
            fragment fragA on Dog { name }
            fragment fragA on Dog { barks }
            fragment fragA on Dog { nickname }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("There can be only one fragment named \"fragA\".", (1, 10), (2, 10)),
            Error("There can be only one fragment named \"fragA\".", (1, 10), (3, 10)));
    }
}
