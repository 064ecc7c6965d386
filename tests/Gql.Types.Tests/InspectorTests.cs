namespace Gql.Types.Tests;

public class InspectorTests
{
    [Theory]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-10, "1.5e-10")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e15, "1500000000000000")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(100d, "100")]
    [InlineData(0.1, "0.1")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(0d, "0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void FormatNumber_MatchesJavaScriptStringOfNumber(double value, string expected)
    {
        Assert.Equal(expected, Inspector.FormatNumber(value));
    }

    [Fact]
    public void Inspect_NestedValues_LimitsDepthLikeGraphqlJs()
    {
        var value = new Dictionary<string, object?>
        {
            ["a"] = 1,
            ["b"] = "x",
            ["c"] = new List<object?> { 1, new Dictionary<string, object?> { ["d"] = 2 } },
            ["e"] = new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["g"] = 1 } },
        };

        Assert.Equal("{ a: 1, b: \"x\", c: [1, [Object]], e: { f: [Object] } }", Inspector.Inspect(value));
        Assert.Equal("[[[Array]]]", Inspector.Inspect(new List<object?> { new List<object?> { new List<object?> { new List<object?> { 1 } } } }));
        Assert.Equal("{}", Inspector.Inspect(new Dictionary<string, object?>()));
        Assert.Equal("null", Inspector.Inspect(null));
    }
}
