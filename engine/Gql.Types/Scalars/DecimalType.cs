using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// <c>Decimal</c>: an exact <see cref="decimal"/>. Literals and JSON numbers are parsed from their
/// text, never through <see cref="double"/>; results are written as JSON numbers with every digit.
/// </summary>
public sealed class DecimalType : ScalarType
{
    public DecimalType()
        : base("Decimal")
    {
        Description = "The `Decimal` scalar represents an exact decimal number (up to 28 significant digits), written as a JSON number.";
    }

    public override Type RuntimeType => typeof(decimal);

    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new ScalarCoercionException($"Decimal cannot represent non numeric value: {PrintLiteral(literal)}"),
        };

        return ParseText(text) ?? throw OutOfRange(text);
    }

    public override object ParseValue(object value) => value switch
    {
        decimal m => m,
        double d when double.IsFinite(d) => ParseText(d.ToString("R", CultureInfo.InvariantCulture)) ?? throw OutOfRange(Inspector.Inspect(value)),
        float f when float.IsFinite(f) => ParseText(f.ToString("R", CultureInfo.InvariantCulture)) ?? throw OutOfRange(Inspector.Inspect(value)),
        _ when value is not bool && Numbers.TryGetInteger(value, out var integer) => (decimal)integer,
        ulong ul => (decimal)ul,
        _ => throw new ScalarCoercionException($"Decimal cannot represent non numeric value: {Inspector.Inspect(value)}"),
    };

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        decimal m => m,
        string s => ParseText(s) ?? throw new ScalarCoercionException($"Decimal cannot represent value: {Inspector.Inspect(runtimeValue)}"),
        bool => throw new ScalarCoercionException($"Decimal cannot represent value: {Inspector.Inspect(runtimeValue)}"),
        _ => ParseValueOrNull(runtimeValue) ?? throw new ScalarCoercionException($"Decimal cannot represent value: {Inspector.Inspect(runtimeValue)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue)
        => NumberLiteral(((decimal)Serialize(runtimeValue)).ToString(CultureInfo.InvariantCulture));

    /// <summary>Parses decimal text (with optional exponent) exactly; null when it is not a number in range.</summary>
    public static decimal? ParseText(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
        {
            return null;
        }

        // A non-zero number too small for decimal's 28 fraction digits would silently become 0.
        return result == 0 && HasNonZeroDigit(text) ? null : result;
    }

    private static bool HasNonZeroDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private decimal? ParseValueOrNull(object value)
    {
        try
        {
            return (decimal)ParseValue(value);
        }
        catch (ScalarCoercionException)
        {
            return null;
        }
    }

    private static ScalarCoercionException OutOfRange(string shown)
        => new($"Decimal cannot represent value outside the decimal range or precision: {shown}");
}
