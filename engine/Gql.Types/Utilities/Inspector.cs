using System.Collections;
using System.Globalization;
using System.Text;

namespace Gql.Types;

/// <summary>Renders a CLR value the way graphql-js <c>inspect()</c> renders a JS value, for error messages.</summary>
public static class Inspector
{
    private const int MaxDepth = 2;
    private const int MaxListItems = 10;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Formats a number like JavaScript's <c>String(number)</c> (ECMA-262 Number::toString).</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        var k = digits.Length;
        var n = exponent;
        string text;
        if (k <= n && n <= 21)
        {
            text = digits + new string('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            text = digits[..n] + "." + digits[n..];
        }
        else if (n > -6 && n <= 0)
        {
            text = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
            text = mantissa + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return sign + text;
    }

    /// <summary>The shortest round-trip digits of a positive double and n such that value = 0.digits * 10^n.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot >= 0 ? text[..dot] : text;
        var fraction = dot >= 0 ? text[(dot + 1)..] : string.Empty;
        var digits = integerPart + fraction;
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return (digits, pointPosition - leadingZeros);
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append(JsonString(s));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(FormatNumber(d));
                break;
            case float f:
                builder.Append(FormatNumber(f));
                break;
            case decimal m:
                builder.Append(m.ToString(CultureInfo.InvariantCulture));
                break;
            case IFormattable number when IsNumber(value):
                builder.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case Enum e:
                builder.Append(e.ToString());
                break;
            case IType type:
                builder.Append(type.ToString());
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteObject(builder, map.Select(p => (p.Key, p.Value)).ToList(), depth);
                break;
            case IDictionary dictionary:
                WriteObject(builder, dictionary.Cast<DictionaryEntry>().Select(e => (Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty, e.Value)).ToList(), depth);
                break;
            case IEnumerable list:
                WriteList(builder, list.Cast<object?>().ToList(), depth);
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, List<(string Key, object? Value)> entries, int depth)
    {
        if (entries.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(entries[i].Key).Append(": ");
            Write(builder, entries[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void WriteList(StringBuilder builder, List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(items.Count, MaxListItems);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }

    private static bool IsNumber(object value)
        => value is int or long or short or sbyte or byte or uint or ulong or ushort;

    private static string JsonString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }
}
