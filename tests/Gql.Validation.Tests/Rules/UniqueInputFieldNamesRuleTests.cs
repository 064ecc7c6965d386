using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>UniqueInputFieldNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly IValidationRule Rule = new UniqueInputFieldNamesRule();

    [Fact]
    public void Distinct_fields_are_valid()
    {
        const string query = """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1, stringListField: ["a"] }) } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Same_name_in_nested_objects_is_valid()
    {
        const string query = """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: { requiredField: true } }) } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Duplicate_fields_are_invalid()
    {
        const string query = """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false, requiredField: true }) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("There can be only one input field named \"requiredField\".", (1, 51), (1, 72)),
            Error("There can be only one input field named \"requiredField\".", (1, 51), (1, 94)));
    }

    [Fact]
    public void Duplicates_in_nested_objects_are_invalid()
    {
        const string query = """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: {a: 1, a: 2}, stringField: "x", stringField: "y" }) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("There can be only one input field named \"a\".", (1, 83), (1, 89)),
            Error("There can be only one input field named \"stringField\".", (1, 96), (1, 114)));
    }
}
