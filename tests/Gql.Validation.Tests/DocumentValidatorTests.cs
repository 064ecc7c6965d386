using Gql.Language;
using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Valid_document_has_no_errors()
    {
        var errors = Validate(null, "{ dog { name barkVolume ... on Pet { name } } human(id: \"1\") { pets { name } } }");

        Assert.Empty(errors);
    }

    [Fact]
    public void Errors_carry_the_validation_code_and_locations()
    {
        var errors = Validate(null, "{ dog { nam } }");

        var error = Assert.Single(errors);
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", error.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal([new ErrorLocation(1, 9)], error.Locations);
    }

    [Fact]
    public void Stops_after_max_errors_with_a_final_error()
    {
        var document = Parser.Parse("{ a b c d e }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, document, new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(3, errors.Count);
        Assert.Equal("Cannot query field \"a\" on type \"QueryRoot\".", errors[0].Message);
        Assert.Equal("Cannot query field \"b\" on type \"QueryRoot\".", errors[1].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[2].Message);
        Assert.Equal(ErrorCodes.TooManyErrors, errors[2].Code);
        Assert.Null(errors[2].Locations);
    }

    [Fact]
    public void Exactly_max_errors_are_not_capped()
    {
        var document = Parser.Parse("{ a b }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, document, new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Fact]
    public void Runs_only_the_given_rules()
    {
        var document = Parser.Parse("query Q($unused: Int) { unknownField }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, document, new ValidationOptions { Rules = [new NoUnusedVariablesRule()] });

        Assert.Equal("Variable \"$unused\" is never used in operation \"Q\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void Errors_of_all_rules_come_in_graphql_js_order()
    {
        const string query = """
            query Q($v: Unknown) {
              dog { nam doesKnowCommand(dogCommand: JUGGLE) }
            }
            fragment Unused on Dog { name }
            """;

        ExpectErrors(
            null,
            query,
            Error("Unknown type \"Unknown\".", (1, 13)),
            Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (2, 9)),
            Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (2, 41)),
            Error("Variable \"$v\" is never used in operation \"Q\".", (1, 9)),
            Error("Fragment \"Unused\" is never used.", (4, 1)));
    }

    [Fact]
    public void Specified_rules_follow_graphql_js_order()
    {
        var names = SpecifiedRules.All.Select(r => r.GetType().Name).ToArray();

        Assert.Equal(
            [
                "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
                "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
                "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
                "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
                "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
                "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
                "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
            ],
            names);
    }

    [Fact]
    public void Concurrent_validations_of_one_document_agree()
    {
        var document = Parser.Parse("query Q($x: Int) { dog { nam ...F } } fragment F on Dog { name: barks }");
        var expected = DocumentValidator.Validate(TestSchema.Schema, document).Select(e => e.Message).ToArray();

        var results = new string[32][];
        Parallel.For(0, results.Length, i => results[i] = DocumentValidator.Validate(TestSchema.Schema, document).Select(e => e.Message).ToArray());

        Assert.NotEmpty(expected);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Subscription_skip_with_a_variable_reports_what_graphql_js_throws()
    {
        var errors = Validate(null, "subscription ($s: Boolean!) { importantEmails @skip(if: $s) }");

        var error = Assert.Single(errors);
        Assert.Equal("Argument \"if\" of required type \"Boolean!\" was provided the variable \"$s\" which was not provided a runtime value.", error.Message);
        Assert.Equal([new ErrorLocation(1, 57)], error.Locations);
    }

    [Fact]
    public void Hidden_suggestions_leave_did_you_mean_out()
    {
        const string query = "query ($v: Strin) { dog { nam doesKnowCommand(dogCommand: sit, dogComand: 1) } complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeld: 1 }) } }";

        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(query), new ValidationOptions { HideSuggestions = true });

        Assert.Equal(
            [
                "Unknown type \"Strin\".",
                "Cannot query field \"nam\" on type \"Dog\".",
                "Value \"sit\" does not exist in \"DogCommand\" enum.",
                "Unknown argument \"dogComand\" on field \"Dog.doesKnowCommand\".",
                "Field \"intFeld\" is not defined by type \"ComplexInput\".",
                "Variable \"$v\" is never used.",
            ],
            errors.Select(e => e.Message));
    }
}
