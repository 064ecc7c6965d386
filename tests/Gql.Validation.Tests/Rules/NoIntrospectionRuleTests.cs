using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

public sealed class NoIntrospectionRuleTests
{
    private static readonly IValidationRule Rule = new NoIntrospectionRule();

    [Fact]
    public void Typename_is_allowed()
    {
        ExpectValid(Rule, "{ __typename dog { __typename name } }");
    }

    [Fact]
    public void Schema_and_type_fields_are_rejected()
    {
        var errors = Validate(Rule, "{ __schema { queryType { name } } __type(name: \"Dog\") { name } }");

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.Equal("Introspection is not allowed for the current request.", e.Message);
            Assert.Equal(NoIntrospectionRule.ErrorCode, e.Code);
        });
        Assert.Equal(3, errors[0].Locations![0].Column);
    }

    [Fact]
    public void Introspection_inside_fragments_is_rejected()
    {
        var errors = Validate(Rule, "{ ...F } fragment F on QueryRoot { __schema { types { name } } }");

        Assert.Single(errors);
    }
}
