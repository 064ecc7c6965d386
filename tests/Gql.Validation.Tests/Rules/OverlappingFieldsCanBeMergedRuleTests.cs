using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>OverlappingFieldsCanBeMergedRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly IValidationRule Rule = new OverlappingFieldsCanBeMergedRule();

    [Fact]
    public void Unique_and_identical_fields_are_valid()
    {
        const string query = """
            fragment uniqueFields on Dog { name nickname }
            fragment mergeIdenticalFields on Dog { name name }
            fragment identicalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Argument_order_does_not_matter()
    {
        const string query = """
            {
              dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) }
              complicatedArgs {
                complexArgField(complexArg: {requiredField: true, intField: 1})
                complexArgField(complexArg: {intField: 1, requiredField: true})
              }
            }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Different_arguments_conflict()
    {
        const string query = """
            { dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 42)));
    }

    [Fact]
    public void Argument_and_no_argument_conflict()
    {
        const string query = """
            { dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 25)));
    }

    [Fact]
    public void Same_alias_for_different_fields_conflicts()
    {
        const string query = """
            fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 56), (1, 67)));
    }

    [Fact]
    public void Alias_masking_a_field_conflicts()
    {
        const string query = """
            fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 49), (1, 64)));
    }

    [Fact]
    public void Different_object_parents_may_differ()
    {
        const string query = """
            fragment safeDifferingFields on Pet {
              ... on Dog { volume: barkVolume }
              ... on Cat { volume: meowsVolume }
            }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Conflicting_return_types_conflict_even_on_different_objects()
    {
        const string query = """
            { catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: name } } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 56)));
    }

    [Fact]
    public void List_and_non_list_conflict()
    {
        const string query = """
            { human { relatives { name } relatives: pets { name } } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"relatives\" conflict because \"relatives\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 11), (1, 30)));
    }

    [Fact]
    public void Conflicts_between_fragments_are_reported()
    {
        const string query = """
            { dog { ...A ...B } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: barks }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (3, 21)));
    }

    [Fact]
    public void Subfield_conflicts_are_reported_with_their_path()
    {
        const string query = """
            {
              field: dog { x: name y: nickname mother { z: name } }
              field: dog { x: barks y: barkVolume mother { z: nickname } }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"barks\" are different fields and subfields \"y\" conflict because \"nickname\" and \"barkVolume\" are different fields and subfields \"mother\" conflict because subfields \"z\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (2, 16), (2, 24), (2, 36), (2, 45), (3, 3), (3, 16), (3, 25), (3, 39), (3, 48)));
    }

    [Fact]
    public void Each_conflict_is_reported_once()
    {
        const string query = """
            {
              dog { ...A ...B }
              cat: dog { ...B ...A }
              other: dog { ...A ...B x: nickname }
            }
            fragment A on Dog { x: name }
            fragment B on Dog { x: barks }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 21), (7, 21)),
            Error("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 26), (6, 21)),
            Error("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 26), (7, 21)));
    }

    [Fact]
    public void Recursive_fragments_terminate()
    {
        const string query = """
            { dog { ...A } }
            fragment A on Dog { name ...B }
            fragment B on Dog { nickname: name ...A }
            """;

        ExpectValid(Rule, query);
    }
}
