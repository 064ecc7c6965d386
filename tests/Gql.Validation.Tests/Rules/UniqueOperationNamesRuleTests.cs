using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>UniqueOperationNamesRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly IValidationRule Rule = new UniqueOperationNamesRule();

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
    public void Multiple_named_operations_are_valid()
    {
        const string query = """
            query Foo { dog { name } }
            query Bar { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Fragment_and_operation_may_share_a_name()
    {
        const string query = """
            query Foo { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void Duplicate_operation_names_are_invalid()
    {
        const string query = """
            query Foo { dog { name } }
            query Foo { cat { name } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)));
    }

    [Fact]
    public void Duplicate_names_across_operation_types_are_invalid()
    {
        const string query = """
            query Foo { dog { name } }
            mutation Foo { addPet(name: "x") { name } }
            subscription Foo { newMessage { body } }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
            Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));
    }
}
