using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>KnownArgumentNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly IValidationRule Rule = new KnownArgumentNamesRule();

    [Fact]
    public void Known_arguments_are_valid()
    {
        const string query = """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
              isHouseTrained(atOtherHomes: true)
            }
            { dog @skip(if: false) { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Unknown_field_argument_is_invalid()
    {
        const string query = """
            fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 50)));
    }

    [Fact]
    public void Misspelled_field_argument_gets_a_suggestion()
    {
        const string query = """
            fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 50)));
    }

    [Fact]
    public void Every_unknown_argument_is_reported()
    {
        const string query = """
            fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (1, 59)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 89)));
    }

    [Fact]
    public void Unknown_directive_arguments_are_invalid()
    {
        const string query = """
            { dog @skip(iff: true) { name } human @include(unless: false, if: true) { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)),
            Error("Unknown argument \"unless\" on directive \"@include\".", (1, 48)));
    }

    [Fact]
    public void Arguments_of_unknown_directives_and_fields_are_ignored()
    {
        const string query = """
            { dog @unknown(x: 1) { unknownField(arg: 1) } }
            """;

        ExpectValid(Rule, query);
    }
}
