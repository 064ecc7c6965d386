using Gql.Validation.Rules;
using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests.Rules;

public sealed class MaxExecutionDepthRuleTests
{
    [Fact]
    public void Operation_within_the_limit_is_valid()
    {
        ExpectValid(new MaxExecutionDepthRule(3), "{ dog { mother { name } } }");
    }

    [Fact]
    public void Operation_deeper_than_the_limit_is_invalid()
    {
        var errors = Validate(new MaxExecutionDepthRule(2), "query Deep { dog { mother { name } } }");

        var error = Assert.Single(errors);
        Assert.Equal("The GraphQL document has an execution depth of 3 which exceeds the max allowed execution depth of 2.", error.Message);
        Assert.Equal(MaxExecutionDepthRule.ErrorCode, error.Code);
        Assert.Equal(1, Assert.Single(error.Locations!).Column);
    }

    [Fact]
    public void Depth_counts_through_fragments_and_inline_fragments()
    {
        const string query = """
            { dog { ...A } }
            fragment A on Dog { ... on Dog { mother { ...B } } }
            fragment B on Dog { father { name } }
            """;

        var errors = Validate(new MaxExecutionDepthRule(3), query);

        Assert.Equal("The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Each_operation_is_measured()
    {
        var errors = Validate(new MaxExecutionDepthRule(1), "query A { dog { name } } query B { __typename } query C { cat { name } }");

        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Introspection_can_be_ignored()
    {
        const string query = "{ __schema { types { fields { name } } } }";

        Assert.Single(Validate(new MaxExecutionDepthRule(2), query));
        ExpectValid(new MaxExecutionDepthRule(2, skipIntrospectionFields: true), query);
    }

    [Fact]
    public void Fragment_cycles_terminate()
    {
        ExpectValid(new MaxExecutionDepthRule(5), "{ dog { ...A } } fragment A on Dog { mother { ...A } }");
    }

    [Fact]
    public void Limit_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxExecutionDepthRule(0));
    }
}
