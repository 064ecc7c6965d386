using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>LoneAnonymousOperationRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly IValidationRule Rule = new LoneAnonymousOperationRule();

    [Fact]
    public void No_operations_is_valid()
    {
        const string query = """
            fragment fragA on Dog { name }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void One_anonymous_operation_is_valid()
    {
        const string query = """
            { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Anonymous_operation_with_fragment_is_valid()
    {
        const string query = """
            { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Multiple_anonymous_operations_are_invalid()
    {
        const string query = """
            { dog { name } }
            { cat { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (2, 1)));
    }

    [Fact]
    public void Anonymous_operation_with_a_mutation_is_invalid()
    {
        const string query = """
            { dog { name } }
            mutation Foo { addPet(name: "x") { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }

    [Fact]
    public void Anonymous_operation_with_a_subscription_is_invalid()
    {
        const string query = """
            { dog { name } }
            subscription Foo { newMessage { body } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }
}
