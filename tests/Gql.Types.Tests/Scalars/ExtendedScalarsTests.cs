using System.Text.Json;
using Gql.Language;

namespace Gql.Types.Tests.Scalars;

/// <summary>DateTime, Date, Decimal, Long, UUID and URL: the three coercions, their errors and @specifiedBy.</summary>
public class ExtendedScalarsTests
{
    [Theory]
    [InlineData("2024-05-01T10:20:30Z", "2024-05-01T10:20:30.000Z")]
    [InlineData("2024-05-01T10:20:30.5+02:00", "2024-05-01T10:20:30.500+02:00")]
    [InlineData("2024-05-01t10:20:30.123456789z", "2024-05-01T10:20:30.1234567Z")]
    [InlineData("2024-05-01T10:20:30-05:30", "2024-05-01T10:20:30.000-05:30")]
    public void DateTime_ParseLiteralAndSerialize_RoundTripsRfc3339(string input, string serialized)
    {
        var type = new DateTimeType();

        var value = (DateTimeOffset)type.ParseLiteral(Parser.ParseValue($"\"{input}\""));

        Assert.Equal(serialized, type.Serialize(value));
        Assert.Equal(value, type.ParseValue(input));
    }

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T10:20:30")]
    [InlineData("2024-13-01T10:20:30Z")]
    [InlineData("2024-02-30T10:20:30Z")]
    [InlineData("1 May 2024")]
    public void DateTime_InvalidString_IsRejected(string input)
    {
        var type = new DateTimeType();

        var exception = Assert.Throws<ScalarCoercionException>(() => type.ParseValue(input));

        Assert.Equal($"DateTime cannot represent an invalid date-time string: \"{input}\"", exception.Message);
        Assert.False(type.IsValidLiteral(Parser.ParseValue($"\"{input}\"")));
    }

    [Fact]
    public void DateTime_NonStringLiteralAndUnknownRuntimeValue_AreRejected()
    {
        var type = new DateTimeType();

        var literal = Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(Parser.ParseValue("123")));
        var result = Assert.Throws<ScalarCoercionException>(() => type.Serialize(123));

        Assert.Equal("DateTime cannot represent a non string value: 123", literal.Message);
        Assert.Equal("DateTime cannot represent value: 123", result.Message);
    }

    [Fact]
    public void DateTime_SerializesDateTimeKinds()
    {
        var type = new DateTimeType();

        Assert.Equal("2024-05-01T10:20:30.000Z", type.Serialize(new DateTime(2024, 5, 1, 10, 20, 30, DateTimeKind.Utc)));
        Assert.Equal("2024-05-01T10:20:30.000Z", type.Serialize(new DateTime(2024, 5, 1, 10, 20, 30, DateTimeKind.Unspecified)));
        Assert.Equal(typeof(DateTimeOffset), type.RuntimeType);
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time.html", type.SpecifiedByUrl);
    }

    [Fact]
    public void Date_ParsesAndSerializesCalendarDates()
    {
        var type = new DateType();

        var value = type.ParseLiteral(Parser.ParseValue("\"2024-02-29\""));

        Assert.Equal(new DateOnly(2024, 2, 29), value);
        Assert.Equal("2024-02-29", type.Serialize(value));
        Assert.Equal("2024-02-29", type.Serialize(new DateTime(2024, 2, 29, 23, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2024, 1, 2), type.ParseValue("2024-01-02"));
        Assert.Equal("\"2024-01-02\"", SyntaxPrinterFacade.Print(type.ValueToLiteral(new DateOnly(2024, 1, 2))));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-5-1")]
    [InlineData("2024-05-01T00:00:00Z")]
    public void Date_InvalidString_IsRejected(string input)
    {
        var exception = Assert.Throws<ScalarCoercionException>(() => new DateType().ParseValue(input));

        Assert.Equal($"Date cannot represent an invalid date string (expected yyyy-MM-dd): \"{input}\"", exception.Message);
    }

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("1.50", "1.50")]
    [InlineData("12345678901234567890.123456789", "12345678901234567890.123456789")]
    [InlineData("1e3", "1000")]
    [InlineData("-42", "-42")]
    public void Decimal_ParseLiteral_KeepsEveryDigit(string literal, string expected)
    {
        var type = new DecimalType();

        var value = (decimal)type.ParseLiteral(Parser.ParseValue(literal));

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, JsonSerializer.Serialize(type.Serialize(value)));
    }

    [Fact]
    public void Decimal_ParseValue_AcceptsJsonNumbersWithoutBinaryRounding()
    {
        var type = new DecimalType();

        Assert.Equal(0.1m, type.ParseValue(0.1m));
        Assert.Equal(0.1m, type.ParseValue(0.1d));
        Assert.Equal(5m, type.ParseValue(5));
        Assert.Equal(9007199254740993m, type.ParseValue(9007199254740993L));
    }

    [Fact]
    public void Decimal_InvalidInputs_AreRejected()
    {
        var type = new DecimalType();

        var literal = Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(Parser.ParseValue("\"1.5\"")));
        var variable = Assert.Throws<ScalarCoercionException>(() => type.ParseValue("1.5"));
        var range = Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(Parser.ParseValue("1e40")));

        Assert.Equal("Decimal cannot represent non numeric value: \"1.5\"", literal.Message);
        Assert.Equal("Decimal cannot represent non numeric value: \"1.5\"", variable.Message);
        Assert.Equal("Decimal cannot represent value outside the decimal range or precision: 1e40", range.Message);
        Assert.Equal(
            "Decimal cannot represent value outside the decimal range or precision: 1e-30",
            Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(Parser.ParseValue("1e-30"))).Message);
        Assert.Equal(0m, type.ParseLiteral(Parser.ParseValue("0.0e-30")));
    }

    [Fact]
    public void Long_CoercesSixtyFourBitIntegers()
    {
        var type = new LongType();

        Assert.Equal(long.MaxValue, type.ParseLiteral(Parser.ParseValue("9223372036854775807")));
        Assert.Equal(5L, type.ParseValue(5));
        Assert.Equal(9007199254740993L, type.ParseValue(9007199254740993L));
        Assert.Equal(2147483648L, type.Serialize(2147483648L));
        Assert.Equal(3L, type.Serialize(3.0));
        Assert.Equal("9223372036854775807", SyntaxPrinterFacade.Print(type.ValueToLiteral(long.MaxValue)));
    }

    [Fact]
    public void Long_InvalidInputs_AreRejected()
    {
        var type = new LongType();

        Assert.Equal(
            "Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(Parser.ParseValue("9223372036854775808"))).Message);
        Assert.Equal(
            "Long cannot represent non-integer value: 1.5",
            Assert.Throws<ScalarCoercionException>(() => type.ParseValue(1.5)).Message);
        Assert.Equal(
            "Long cannot represent non-integer value: \"x\"",
            Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(Parser.ParseValue("\"x\""))).Message);
    }

    [Fact]
    public void Uuid_ParsesAndSerializesLowercaseHyphenatedForm()
    {
        var type = new UuidType();
        var guid = Guid.Parse("6F9619FF-8B86-D011-B42D-00CF4FC964FF");

        Assert.Equal(guid, type.ParseLiteral(Parser.ParseValue("\"6F9619FF-8B86-D011-B42D-00CF4FC964FF\"")));
        Assert.Equal(guid, type.ParseValue("6f9619ff-8b86-d011-b42d-00cf4fc964ff"));
        Assert.Equal("6f9619ff-8b86-d011-b42d-00cf4fc964ff", type.Serialize(guid));
        Assert.Equal(
            "UUID cannot represent an invalid UUID string: \"not-a-uuid\"",
            Assert.Throws<ScalarCoercionException>(() => type.ParseValue("not-a-uuid")).Message);
    }

    [Fact]
    public void Url_AcceptsAbsoluteUrlsOnly()
    {
        var type = new UrlType();

        var value = (Uri)type.ParseLiteral(Parser.ParseValue("\"https://example.com/a?b=c\""));

        Assert.Equal("https://example.com/a?b=c", type.Serialize(value));
        Assert.Equal("https://example.com/", type.Serialize(new Uri("https://example.com")));
        Assert.Equal(
            "URL cannot represent an invalid absolute URL: \"/relative/path\"",
            Assert.Throws<ScalarCoercionException>(() => type.ParseValue("/relative/path")).Message);
        Assert.Equal(
            "URL cannot represent a non string value: 1",
            Assert.Throws<ScalarCoercionException>(() => type.ParseLiteral(Parser.ParseValue("1"))).Message);
    }

    [Fact]
    public void ExtendedScalars_CarrySpecifiedByUrlsWhereASpecExists()
    {
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", new DateType().SpecifiedByUrl);
        Assert.Equal("https://tools.ietf.org/html/rfc4122", new UuidType().SpecifiedByUrl);
        Assert.Equal("https://tools.ietf.org/html/rfc3986", new UrlType().SpecifiedByUrl);
        Assert.Null(new DecimalType().SpecifiedByUrl);
        Assert.Null(new LongType().SpecifiedByUrl);
    }
}
