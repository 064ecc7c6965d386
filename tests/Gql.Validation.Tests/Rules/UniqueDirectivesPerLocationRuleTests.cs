using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>UniqueDirectivesPerLocationRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly IValidationRule Rule = new UniqueDirectivesPerLocationRule();

    [Fact]
    public void Distinct_and_repeatable_directives_are_valid()
    {
        const string query = """
            fragment Test on Dog @onFragmentDefinition {
              name @onField @repeatable @repeatable
              ... @onInlineFragment { name }
              ...Other @repeatable @repeatable
            }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Same_directive_in_different_locations_is_valid()
    {
        const string query = """
            fragment Test on Dog @onFragmentDefinition { name @onField barks @onField }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Duplicate_directives_are_invalid()
    {
        const string query = """
            query Q @onQuery @onQuery {
              dog @onField @onField @onField {
                name @skip(if: true) @skip(if: false) @include(if: true)
              }
            }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("The directive \"@onQuery\" can only be used once at this location.", (1, 9), (1, 18)),
            Error("The directive \"@onField\" can only be used once at this location.", (2, 7), (2, 16)),
            Error("The directive \"@onField\" can only be used once at this location.", (2, 7), (2, 25)),
            Error("The directive \"@skip\" can only be used once at this location.", (3, 10), (3, 26)));
    }

    [Fact]
    public void Type_extensions_share_the_directives_of_their_type()
    {
        const string query = """
            type T @onField @onField { a: Int }
            extend type T @onField
            """;

        ExpectErrors(
            Rule,
            query,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 8), (1, 17)),
            Error("The directive \"@onField\" can only be used once at this location.", (1, 8), (2, 15)));
    }
}
