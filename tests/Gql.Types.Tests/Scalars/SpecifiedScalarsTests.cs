using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types.Tests.Scalars;

/// <summary>The five specified scalars, with graphql-js 16 results and messages.</summary>
public class SpecifiedScalarsTests
{
    public static TheoryData<string, object, object> SerializeCases() => new()
    {
        { "Int", 1, 1 },
        { "Int", 1.0, 1 },
        { "Int", 7L, 7 },
        { "Int", "12", 12 },
        { "Int", true, 1 },
        { "Int", false, 0 },
        { "Int", 3m, 3 },
        { "Float", 1, 1d },
        { "Float", 1.5, 1.5 },
        { "Float", "1.5", 1.5 },
        { "Float", true, 1d },
        { "Float", 2.25m, 2.25 },
        { "String", "abc", "abc" },
        { "String", 1, "1" },
        { "String", 1.5, "1.5" },
        { "String", 1e21, "1e+21" },
        { "String", 1e-7, "1e-7" },
        { "String", true, "true" },
        { "String", false, "false" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "Boolean", 1.5, true },
        { "ID", "abc", "abc" },
        { "ID", 1, "1" },
        { "ID", 2147483648L, "2147483648" },
        { "ID", 1e21, "1e+21" },
    };

    public static TheoryData<string, object, string> SerializeErrorCases() => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", -2147483649d, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Int", "1.5", "Int cannot represent non-integer value: \"1.5\"" },
        { "Int", "", "Int cannot represent non-integer value: \"\"" },
        { "Int", "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Int", double.PositiveInfinity, "Int cannot represent non-integer value: Infinity" },
        { "Int", 1e21, "Int cannot represent non 32-bit signed integer value: 1e+21" },
        { "Float", "", "Float cannot represent non numeric value: \"\"" },
        { "Float", "abc", "Float cannot represent non numeric value: \"abc\"" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Float", double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity" },
        { "String", double.NaN, "String cannot represent value: NaN" },
        { "Boolean", "12", "Boolean cannot represent a non boolean value: \"12\"" },
        { "Boolean", double.PositiveInfinity, "Boolean cannot represent a non boolean value: Infinity" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
    };

    public static TheoryData<string, object, object> ParseValueCases() => new()
    {
        { "Int", 1, 1 },
        { "Int", 1L, 1 },
        { "Int", 2.0, 2 },
        { "Int", -2147483648L, int.MinValue },
        { "Float", 1, 1d },
        { "Float", 1.5, 1.5 },
        { "Float", 2147483648L, 2147483648d },
        { "Float", 1e21, 1e21 },
        { "String", "abc", "abc" },
        { "String", "", "" },
        { "Boolean", true, true },
        { "Boolean", false, false },
        { "ID", "abc", "abc" },
        { "ID", 1, "1" },
        { "ID", 2147483648L, "2147483648" },
    };

    public static TheoryData<string, object, string> ParseValueErrorCases() => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", -2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Int", 1e21, "Int cannot represent non 32-bit signed integer value: 1e+21" },
        { "Int", "12", "Int cannot represent non-integer value: \"12\"" },
        { "Int", true, "Int cannot represent non-integer value: true" },
        { "Float", "1.5", "Float cannot represent non numeric value: \"1.5\"" },
        { "Float", false, "Float cannot represent non numeric value: false" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "String", 1, "String cannot represent a non string value: 1" },
        { "String", 1.5, "String cannot represent a non string value: 1.5" },
        { "String", true, "String cannot represent a non string value: true" },
        { "Boolean", 1, "Boolean cannot represent a non boolean value: 1" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", false, "ID cannot represent value: false" },
    };

    public static TheoryData<string, string, object> ParseLiteralCases() => new()
    {
        { "Int", "1", 1 },
        { "Int", "-2147483648", int.MinValue },
        { "Float", "1", 1d },
        { "Float", "1.5", 1.5 },
        { "Float", "2147483648", 2147483648d },
        { "Float", "1e400", double.PositiveInfinity },
        { "String", "\"x\"", "x" },
        { "String", "\"\"\"b\"\"\"", "b" },
        { "Boolean", "true", true },
        { "ID", "1", "1" },
        { "ID", "2147483648", "2147483648" },
        { "ID", "\"x\"", "x" },
        { "ID", "\"\"\"b\"\"\"", "b" },
    };

    public static TheoryData<string, string, string> ParseLiteralErrorCases() => new()
    {
        { "Int", "1.5", "Int cannot represent non-integer value: 1.5" },
        { "Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "\"x\"", "Int cannot represent non-integer value: \"x\"" },
        { "Int", "ENUM", "Int cannot represent non-integer value: ENUM" },
        { "Int", "{a: 1}", "Int cannot represent non-integer value: {a: 1}" },
        { "Int", "\"\"\"b\"\"\"", "Int cannot represent non-integer value: \"\"\"b\"\"\"" },
        { "Float", "\"x\"", "Float cannot represent non numeric value: \"x\"" },
        { "Float", "[1]", "Float cannot represent non numeric value: [1]" },
        { "String", "1", "String cannot represent a non string value: 1" },
        { "String", "ENUM", "String cannot represent a non string value: ENUM" },
        { "Boolean", "\"x\"", "Boolean cannot represent a non boolean value: \"x\"" },
        { "Boolean", "1", "Boolean cannot represent a non boolean value: 1" },
        { "ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5" },
        { "ID", "true", "ID cannot represent a non-string and non-integer value: true" },
        { "ID", "{a: 1}", "ID cannot represent a non-string and non-integer value: {a: 1}" },
    };

    [Theory]
    [MemberData(nameof(SerializeCases))]
    public void Serialize_ValidValue_ReturnsJsonPrimitive(string scalar, object value, object expected)
    {
        var result = Scalar(scalar).Serialize(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [MemberData(nameof(SerializeErrorCases))]
    public void Serialize_InvalidValue_ThrowsGraphqlJsMessage(string scalar, object value, string message)
    {
        var exception = Assert.Throws<ScalarCoercionException>(() => Scalar(scalar).Serialize(value));

        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [MemberData(nameof(ParseValueCases))]
    public void ParseValue_ValidVariable_ReturnsRuntimeValue(string scalar, object value, object expected)
    {
        var result = Scalar(scalar).ParseValue(value);

        Assert.Equal(expected, result);
    }

    [Theory]
    [MemberData(nameof(ParseValueErrorCases))]
    public void ParseValue_InvalidVariable_ThrowsGraphqlJsMessage(string scalar, object value, string message)
    {
        var exception = Assert.Throws<ScalarCoercionException>(() => Scalar(scalar).ParseValue(value));

        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [MemberData(nameof(ParseLiteralCases))]
    public void ParseLiteral_ValidLiteral_ReturnsRuntimeValue(string scalar, string literal, object expected)
    {
        var result = Scalar(scalar).ParseLiteral(Parser.ParseValue(literal));

        Assert.Equal(expected, result);
    }

    [Theory]
    [MemberData(nameof(ParseLiteralErrorCases))]
    public void ParseLiteral_InvalidLiteral_ThrowsGraphqlJsMessage(string scalar, string literal, string message)
    {
        var type = Scalar(scalar);
        var node = Parser.ParseValue(literal);

        var exception = Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(node));

        Assert.Equal(message, exception.Message);
        Assert.False(type.IsValidLiteral(node));
    }

    [Fact]
    public void Serialize_ListOrMap_IsInspectedLikeGraphqlJs()
    {
        var list = Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.Int.Serialize(new List<object?> { 1 }));
        var map = Assert.Throws<ScalarCoercionException>(() => BuiltInScalars.String.ParseValue(new Dictionary<string, object?> { ["a"] = 1 }));

        Assert.Equal("Int cannot represent non-integer value: [1]", list.Message);
        Assert.Equal("String cannot represent a non string value: { a: 1 }", map.Message);
    }

    [Theory]
    [InlineData("Int", 3, "3")]
    [InlineData("Float", 1.0, "1")]
    [InlineData("Float", 1.5, "1.5")]
    [InlineData("String", "a\"b", "\"a\\\"b\"")]
    [InlineData("Boolean", true, "true")]
    [InlineData("ID", "42", "42")]
    [InlineData("ID", "abc", "\"abc\"")]
    public void ValueToLiteral_RuntimeValue_PrintsLikeGraphqlJsAstFromValue(string scalar, object value, string expected)
    {
        var literal = Scalar(scalar).ValueToLiteral(value);

        Assert.Equal(expected, SyntaxPrinterFacade.Print(literal));
    }

    [Fact]
    public void SpecifiedScalars_HaveGraphqlJsDescriptionsAndNoSpecifiedByUrl()
    {
        Assert.All(BuiltInScalars.Specified, scalar => Assert.Null(scalar.SpecifiedByUrl));
        Assert.Equal("The `Boolean` scalar type represents `true` or `false`.", BuiltInScalars.Boolean.Description);
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], BuiltInScalars.Specified.Select(s => s.Name));
    }

    private static ScalarType Scalar(string name) => BuiltInScalars.GetSpecified(name)!;
}
