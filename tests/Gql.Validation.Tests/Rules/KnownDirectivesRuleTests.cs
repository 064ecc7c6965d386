using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>KnownDirectivesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly IValidationRule Rule = new KnownDirectivesRule();

    [Fact]
    public void Directives_in_valid_locations_are_valid()
    {
        const string query = """
            query Foo($var: Boolean @onVariableDefinition) @onQuery {
              dog @include(if: true) { name }
              human @skip(if: false) { name }
              ...Frag @onFragmentSpread
              ... @onInlineFragment { dog { name } }
            }
            fragment Frag on QueryRoot @onFragmentDefinition { dog { name @onField } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Unknown_directives_are_invalid()
    {
        const string query = """
            {
              dog @unknown(directive: "value") { name }
              human @unknown(directive: "value") { pets @unknown(directive: "value") { name } }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Unknown directive \"@unknown\".", (2, 7)),
            Error("Unknown directive \"@unknown\".", (3, 9)),
            Error("Unknown directive \"@unknown\".", (3, 45)));
    }

    [Fact]
    public void Misplaced_directives_are_invalid()
    {
        const string query = """
            query Foo($var: Boolean @onQuery) @include(if: true) {
              name @onQuery @include(if: true)
              ...Frag @onQuery
              ... @onQuery { dog { name } }
            }
            mutation Bar @onQuery { addPet(name: "x") { name } }
            subscription Baz @onMutation { newMessage { body } }
            fragment Frag on QueryRoot @onQuery { dog { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
            Error("Directive \"@include\" may not be used on QUERY.", (1, 35)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
            Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 7)),
            Error("Directive \"@onQuery\" may not be used on MUTATION.", (6, 14)),
            Error("Directive \"@onMutation\" may not be used on SUBSCRIPTION.", (7, 18)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (8, 28)));
    }

    [Fact]
    public void Type_system_locations_are_checked_in_sdl()
    {
        const string query = """
            type T @onField { f(a: Int @onQuery): String @deprecated @onQuery }
            input I @onField { a: Int @onField }
            enum E @onQuery { A @onQuery B @deprecated }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Directive \"@onField\" may not be used on OBJECT.", (1, 8)),
            Error("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", (1, 28)),
            Error("Directive \"@onQuery\" may not be used on FIELD_DEFINITION.", (1, 58)),
            Error("Directive \"@onField\" may not be used on INPUT_OBJECT.", (2, 9)),
            Error("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", (2, 27)),
            Error("Directive \"@onQuery\" may not be used on ENUM.", (3, 8)),
            Error("Directive \"@onQuery\" may not be used on ENUM_VALUE.", (3, 21)));
    }
}
