using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>FieldsOnCorrectTypeRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly IValidationRule Rule = new FieldsOnCorrectTypeRule();

    [Fact]
    public void Object_interface_and_union_selections_are_valid()
    {
        const string query = """
            fragment objectFieldSelection on Dog { __typename name }
            fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }
            fragment interfaceFieldSelection on Pet { __typename name }
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog { __typename ... on Being { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Typename_on_union_is_valid()
    {
        const string query = """
            { catOrDog { __typename } humanOrAlien { __typename } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Unknown_fields_are_reported_once_per_level()
    {
        const string query = """
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat { unknown_cat_field }
              }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
            Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (3, 18)));
    }

    [Fact]
    public void Aliased_unknown_field_is_invalid()
    {
        const string query = """
            fragment aliasedFieldTargetNotDefined on Dog { barkVolume : kawVolume }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 48)));
    }

    [Fact]
    public void Field_defined_only_on_implementors_suggests_fragments()
    {
        const string query = """
            fragment definedOnImplementorsButNotInterface on Pet { nickname }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 56)));
    }

    [Fact]
    public void Field_on_union_without_suggestions_is_invalid()
    {
        const string query = """
            fragment directFieldSelectionOnUnion on CatOrDog { directField }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (1, 52)));
    }

    [Fact]
    public void Field_on_union_suggests_interfaces_first()
    {
        const string query = """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 60)));
    }

    [Fact]
    public void Suggestions_rank_by_usage_then_hierarchy()
    {
        const string query = """
            { humanOrAlien { name } dogOrHuman { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"name\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Being\", \"Alien\", or \"Human\"?", (1, 18)),
            Error("Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Being\", \"Canine\", \"Human\", \"Pet\", or \"Dog\"?", (1, 38)));
    }

    [Fact]
    public void Meta_fields_exist_only_on_the_query_root()
    {
        const string query = """
            { dog { __schema { types { name } } __type(name: "Dog") { name } } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)),
            Error("Cannot query field \"__type\" on type \"Dog\".", (1, 37)));
    }

    [Fact]
    public void Misspelled_fields_get_field_suggestions()
    {
        const string query = """
            { dog { namee nicknam barkVolum } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot query field \"namee\" on type \"Dog\". Did you mean \"name\"?", (1, 9)),
            Error("Cannot query field \"nicknam\" on type \"Dog\". Did you mean \"nickname\"?", (1, 15)),
            Error("Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 23)));
    }
}
