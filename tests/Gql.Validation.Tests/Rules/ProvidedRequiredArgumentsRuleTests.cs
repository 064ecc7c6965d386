using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>ProvidedRequiredArgumentsRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly IValidationRule Rule = new ProvidedRequiredArgumentsRule();

    [Fact]
    public void Provided_and_optional_arguments_are_valid()
    {
        const string query = """
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
                multipleOpts
                nonNullFieldWithDefault
                multipleOptAndReq(req1: 3, req2: 4)
              }
              dog { isHouseTrained }
            }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Missing_required_argument_is_invalid()
    {
        const string query = """
            { complicatedArgs { multipleReqs(req2: 2) } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
    }

    [Fact]
    public void Each_missing_argument_is_reported()
    {
        const string query = """
            { complicatedArgs { multipleReqs } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
    }

    [Fact]
    public void Missing_directive_arguments_are_invalid()
    {
        const string query = """
            { dog @include { name @skip } human @withArgs { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
            Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)),
            Error("Directive \"@withArgs\" argument \"first\" of type \"Int!\" is required, but it was not provided.", (1, 37)));
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        const string query = """
            { dog { unknown } }
            """;

        ExpectValid(Rule, query);
    }
}
