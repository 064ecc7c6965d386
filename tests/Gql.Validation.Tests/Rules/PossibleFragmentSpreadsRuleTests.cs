using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>PossibleFragmentSpreadsRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly IValidationRule Rule = new PossibleFragmentSpreadsRule();

    [Fact]
    public void Overlapping_spreads_are_valid()
    {
        const string query = """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment dogFragment on Dog { barkVolume }
            fragment catOrDogFragment on CatOrDog { __typename }
            fragment petFragment on Pet { name }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Object_into_other_object_is_invalid()
    {
        const string query = """
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));
    }

    [Fact]
    public void Inline_object_into_other_object_is_invalid()
    {
        const string query = """
            fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 49)));
    }

    [Fact]
    public void Object_into_unimplemented_interface_is_invalid()
    {
        const string query = """
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));
    }

    [Fact]
    public void Disjoint_unions_are_invalid()
    {
        const string query = """
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));
    }

    [Fact]
    public void Interface_into_disjoint_union_is_invalid()
    {
        const string query = """
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)));
    }

    [Fact]
    public void Unknown_types_are_ignored()
    {
        const string query = """
            fragment a on Dog { ...b ... on Nope { name } }
            fragment b on Unknown { name }
            """;

        ExpectValid(Rule, query);
    }
}
