using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>NoUnusedFragmentsRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly IValidationRule Rule = new NoUnusedFragmentsRule();

    [Fact]
    public void All_fragments_used_is_valid()
    {
        const string query = """
            { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Fragments_used_by_other_operations_are_valid()
    {
        const string query = """
            query Foo { human(id: 4) { ...HumanFields1 } }
            query Bar { human(id: 4) { ...HumanFields2 } }
            fragment HumanFields1 on Human { name ...HumanFields3 }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Unused_fragments_are_invalid()
    {
        const string query = """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { name ...Unused1 }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"Unused1\" is never used.", (3, 1)),
            Error("Fragment \"Unused2\" is never used.", (4, 1)));
    }

    [Fact]
    public void Unused_fragment_cycles_are_invalid()
    {
        const string query = """
            query Foo { human(id: 4) { ...HumanFields1 } }
            fragment HumanFields1 on Human { name }
            fragment Unused1 on Human { name ...Unused2 }
            fragment Unused2 on Human { name ...Unused1 }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"Unused1\" is never used.", (3, 1)),
            Error("Fragment \"Unused2\" is never used.", (4, 1)));
    }

    [Fact]
    public void Unknown_spread_does_not_count_as_use()
    {
        const string query = """
            { human(id: 4) { ...bar } }
            fragment foo on Human { name }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"foo\" is never used.", (2, 1)));
    }
}
