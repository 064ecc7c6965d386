using System.Globalization;

namespace Gql.Types;

/// <summary>Reads CLR numbers of any primitive type the way a JSON number would be read.</summary>
internal static class Numbers
{
    public static bool IsNumber(object value)
        => value is int or long or short or sbyte or byte or uint or ulong or ushort or double or float or decimal;

    /// <summary>The value as an integer when it is a number with no fraction and fits in 64 bits.</summary>
    public static bool TryGetInteger(object value, out long result)
    {
        switch (value)
        {
            case int i:
                result = i;
                return true;
            case long l:
                result = l;
                return true;
            case short s:
                result = s;
                return true;
            case sbyte sb:
                result = sb;
                return true;
            case byte b:
                result = b;
                return true;
            case ushort us:
                result = us;
                return true;
            case uint ui:
                result = ui;
                return true;
            case ulong ul when ul <= long.MaxValue:
                result = (long)ul;
                return true;
            case double d when double.IsFinite(d) && Math.Floor(d) == d && d >= -9.2233720368547758E+18 && d < 9.2233720368547758E+18:
                result = (long)d;
                return true;
            case float f when float.IsFinite(f) && MathF.Floor(f) == f && f >= -9.223372E+18f && f < 9.223372E+18f:
                result = (long)f;
                return true;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue:
                result = (long)m;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>Whether the value is a number with no fraction (of any magnitude).</summary>
    public static bool IsIntegral(object value) => value switch
    {
        int or long or short or sbyte or byte or uint or ulong or ushort => true,
        double d => double.IsFinite(d) && Math.Floor(d) == d,
        float f => float.IsFinite(f) && MathF.Floor(f) == f,
        decimal m => decimal.Truncate(m) == m,
        _ => false,
    };

    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case double d:
                result = d;
                return true;
            case float f:
                result = f;
                return true;
            case decimal m:
                result = (double)m;
                return true;
            default:
                if (TryGetInteger(value, out var l))
                {
                    result = l;
                    return true;
                }

                if (value is ulong ul)
                {
                    result = ul;
                    return true;
                }

                result = 0;
                return false;
        }
    }

    /// <summary>Parses a string the way JavaScript's <c>Number(string)</c> does for decimal text.</summary>
    public static bool TryParseJsNumber(string text, out double result)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            result = 0;
            return true;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
