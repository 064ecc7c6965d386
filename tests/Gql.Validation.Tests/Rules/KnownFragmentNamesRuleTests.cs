using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>KnownFragmentNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly IValidationRule Rule = new KnownFragmentNamesRule();

    [Fact]
    public void Known_fragments_are_valid()
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
    public void Unknown_fragments_are_invalid()
    {
        const string query = """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human { ...UnknownFragment2 }
              }
            }
            fragment HumanFields on Human { name ...UnknownFragment3 }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            Error("Unknown fragment \"UnknownFragment2\".", (4, 23)),
            Error("Unknown fragment \"UnknownFragment3\".", (7, 41)));
    }
}
