using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>VariablesInAllowedPositionRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly IValidationRule Rule = new VariablesInAllowedPositionRule();

    [Fact]
    public void Compatible_positions_are_valid()
    {
        const string query = """
            query Query($booleanArg: Boolean, $nonNull: Boolean!, $intArg: Int = 1, $list: [String], $nonNullList: [String!]!) {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
                b: booleanArgField(booleanArg: $nonNull)
                nonNullIntArgField(nonNullIntArg: $intArg)
                stringListArgField(stringListArg: $nonNullList)
                s: stringListArgField(stringListArg: $list)
              }
              dog @include(if: $nonNull) { isHouseTrained(atOtherHomes: $booleanArg) }
            }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Nullable_into_non_null_is_invalid()
    {
        const string query = """
            query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 81)));
    }

    [Fact]
    public void Usages_through_fragments_are_checked()
    {
        const string query = """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
            fragment outerFrag on ComplicatedArgs { ...nonNullIntArgFieldFrag }
            query Query($intArg: Int) { complicatedArgs { ...outerFrag } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (3, 13), (1, 88)));
    }

    [Fact]
    public void Different_types_are_invalid()
    {
        const string query = """
            query Query($stringVar: String) { complicatedArgs { booleanArgField(booleanArg: $stringVar) stringListArgField(stringListArg: $stringVar) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (1, 81)),
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (1, 127)));
    }

    [Fact]
    public void Nullable_into_directive_is_invalid()
    {
        const string query = """
            query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (1, 51)));
    }

    [Fact]
    public void Null_default_does_not_make_a_variable_non_null()
    {
        const string query = """
            query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 88)));
    }

    [Fact]
    public void Location_default_allows_a_nullable_variable()
    {
        const string query = """
            query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void One_of_fields_need_non_null_variables()
    {
        const string query = """
            query Query($s: String, $t: String!) { complicatedArgs { a: oneOfArgField(oneOfArg: { stringField: $s }) b: oneOfArgField(oneOfArg: { stringField: $t }) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (1, 100)));
    }
}
