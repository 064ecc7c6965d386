using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>FragmentsOnCompositeTypesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly IValidationRule Rule = new FragmentsOnCompositeTypesRule();

    [Fact]
    public void Object_interface_union_and_inline_conditions_are_valid()
    {
        const string query = """
            fragment validFragment on Dog { barks }
            fragment i on Pet { name }
            fragment u on CatOrDog { __typename }
            fragment inl on Pet { ... on Dog { barks } ... { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Scalar_condition_is_invalid()
    {
        const string query = """
            fragment scalarFragment on Boolean { bad }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));
    }

    [Fact]
    public void Enum_condition_is_invalid()
    {
        const string query = """
            fragment scalarFragment on FurColor { bad }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));
    }

    [Fact]
    public void Input_object_condition_is_invalid()
    {
        const string query = """
            fragment inputFragment on ComplexInput { stringField }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));
    }

    [Fact]
    public void Scalar_inline_condition_is_invalid()
    {
        const string query = """
            fragment invalidFragment on Pet { ... on String { barks } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fragment cannot condition on non composite type \"String\".", (1, 42)));
    }

    [Fact]
    public void Unknown_condition_is_left_to_known_type_names()
    {
        const string query = """
            fragment f on Unknown { name }
            """;

        ExpectValid(Rule, query);
    }
}
