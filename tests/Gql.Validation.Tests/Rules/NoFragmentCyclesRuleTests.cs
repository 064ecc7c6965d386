using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>NoFragmentCyclesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly IValidationRule Rule = new NoFragmentCyclesRule();

    [Fact]
    public void Acyclic_spreads_are_valid()
    {
        const string query = """
            fragment fragA on Dog { ...fragB ...fragB }
            fragment fragB on Dog { name }
            fragment fragC on Dog { ... on Dog { ...fragD } }
            fragment fragD on Dog { name }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Spreading_itself_is_invalid()
    {
        const string query = """
            fragment fragA on Human { relatives { ...fragA } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot spread fragment \"fragA\" within itself.", (1, 39)));
    }

    [Fact]
    public void Two_fragment_cycle_is_invalid()
    {
        const string query = """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));
    }

    [Fact]
    public void Deep_cycles_report_the_path()
    {
        const string query = """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));
    }

    [Fact]
    public void Each_cycle_from_one_fragment_is_reported()
    {
        const string query = """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));
    }

    [Fact]
    public void Unknown_fragment_is_not_a_cycle()
    {
        const string query = """
            fragment nameFragment on Pet { ...UNKNOWN }
            """;

        ExpectValid(Rule, query);
    }
}
