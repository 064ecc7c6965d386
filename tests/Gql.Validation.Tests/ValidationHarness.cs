using Gql.Language;

namespace Gql.Validation.Tests;

/// <summary>Validates documents against <see cref="TestSchema"/> with one rule (or all) and compares the errors.</summary>
public static class ValidationHarness
{
    public static IReadOnlyList<GraphQLError> Validate(IValidationRule? rule, string query, Gql.Types.Schema? schema = null)
    {
        var document = Parser.Parse(query);
        var options = rule is null ? null : new ValidationOptions { Rules = [rule] };
        return DocumentValidator.Validate(schema ?? TestSchema.Schema, document, options);
    }

    public static void ExpectValid(IValidationRule rule, string query, Gql.Types.Schema? schema = null)
    {
        var errors = Validate(rule, query, schema);
        Assert.True(errors.Count == 0, "Expected no errors, got: " + Describe(errors));
    }

    /// <summary>Asserts the exact messages, locations and order of the errors.</summary>
    public static void ExpectErrors(IValidationRule? rule, string query, params Expected[] expected)
        => ExpectErrorsIn(null, rule, query, expected);

    public static void ExpectErrorsIn(Gql.Types.Schema? schema, IValidationRule? rule, string query, params Expected[] expected)
    {
        var errors = Validate(rule, query, schema);
        Assert.Equal(Describe(expected), Describe(errors));
        foreach (var error in errors)
        {
            Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        }
    }

    public static Expected Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    private static string Describe(IEnumerable<GraphQLError> errors)
        => string.Join("\n", errors.Select(e => e.Message + " @ " + string.Join(", ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))));

    private static string Describe(IEnumerable<Expected> errors)
        => string.Join("\n", errors.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));

    public sealed record Expected(string Message, (int Line, int Column)[] Locations);
}
