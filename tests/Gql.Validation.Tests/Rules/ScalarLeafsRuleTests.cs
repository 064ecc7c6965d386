using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>ScalarLeafsRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly IValidationRule Rule = new ScalarLeafsRule();

    [Fact]
    public void Scalar_selection_is_valid()
    {
        const string query = """
            fragment scalarSelection on Dog { barks }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Object_without_selection_is_invalid()
    {
        const string query = """
            query directQueryOnObjectWithoutSubFields { human }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)));
    }

    [Fact]
    public void Interface_without_selection_is_invalid()
    {
        const string query = """
            { human { pets } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)));
    }

    [Fact]
    public void Selection_on_boolean_is_invalid()
    {
        const string query = """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 61)));
    }

    [Fact]
    public void Selection_on_enum_is_invalid()
    {
        const string query = """
            fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 61)));
    }

    [Fact]
    public void Selection_on_scalar_with_arguments_and_directives_is_invalid()
    {
        const string query = """
            {
              dog {
                doesKnowCommand(dogCommand: SIT) { sinceWhen }
                isHouseTrained(atOtherHomes: true) @include(if: true) { sinceWhen }
              }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 38)),
            Error("Field \"isHouseTrained\" must not have a selection since type \"Boolean\" has no subfields.", (4, 59)));
    }

    [Fact]
    public void Non_null_list_of_objects_without_selection_is_invalid()
    {
        const string query = """
            { human { relatives } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11)));
    }
}
