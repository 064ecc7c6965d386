using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>KnownTypeNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly IValidationRule Rule = new KnownTypeNamesRule();

    [Fact]
    public void Known_type_names_are_valid()
    {
        const string query = """
            query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
              human(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
            }
            fragment PetFields on Pet { name }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Unknown_type_names_are_invalid()
    {
        const string query = """
            query Foo($var: [JumbledUpLetters!]!) {
              human(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat { name }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown type \"JumbledUpLetters\".", (1, 18)),
            Error("Unknown type \"Badger\".", (4, 19)),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));
    }

    [Fact]
    public void Standard_types_missing_from_the_schema_are_unknown()
    {
        const string query = """
            query ($f: Floaty, $b: __Typee) { dog { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown type \"Floaty\". Did you mean \"Float\"?", (1, 12)),
            Error("Unknown type \"__Typee\". Did you mean \"__Type\"?", (1, 24)));
    }

    [Fact]
    public void Standard_types_are_known_in_sdl()
    {
        const string query = """
            { dog { name } }
            type T { a: Float b: Strin c: __Type d: Dogg }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (2, 22)),
            Error("Unknown type \"Dogg\". Did you mean \"Dog\"?", (2, 41)));
    }
}
