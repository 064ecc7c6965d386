using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

/// <summary>ExecutableDefinitionsRule: the semantics of graphql-js's tests for the rule, run with the rule alone.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly IValidationRule Rule = new ExecutableDefinitionsRule();

    [Fact]
    public void With_only_operation_is_valid()
    {
        const string query = """
            query Foo { dog { name } }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void With_operation_and_fragment_is_valid()
    {
        const string query = """
            query Foo {
              dog { name ...Frag }
            }
            fragment Frag on Dog { name }
            """;

        ExpectValid(Rule, query);
    }

    [Fact]
    public void With_type_definitions_is_invalid()
    {
        const string query = """
            query Foo { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """;

        ExpectErrors(
            Rule,
            query,
            Error("The \"Cow\" definition is not executable.", (2, 1)),
            Error("The \"Dog\" definition is not executable.", (3, 1)));
    }

    [Fact]
    public void With_schema_definition_is_invalid()
    {
        const string query = """
            schema { query: Query }
            type Query { test: String }
            extend schema @directive
            """;

        ExpectErrors(
            Rule,
            query,
            Error("The schema definition is not executable.", (1, 1)),
            Error("The \"Query\" definition is not executable.", (2, 1)),
            Error("The schema definition is not executable.", (3, 1)));
    }
}
