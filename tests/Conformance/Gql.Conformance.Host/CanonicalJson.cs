using System.Collections;
using System.Globalization;
using System.Text;
using Gql.Types;

namespace Gql.Conformance.Host;

/// <summary>
/// The canonical JSON of a coerced argument value (RESOLVERS.md): no whitespace, keys sorted
/// ordinally, numbers and strings formatted like JavaScript's JSON.stringify.
/// </summary>
internal static class CanonicalJson
{
    public static string Serialize(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                WriteString(builder, s);
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(JsNumber.Format(d));
                break;
            case float f:
                builder.Append(JsNumber.Format(f));
                break;
            case decimal m:
                builder.Append(JsNumber.Format((double)m));
                break;
            case EnumValue enumValue:
                WriteString(builder, enumValue.Name);
                break;
            case Enum clrEnum:
                WriteString(builder, clrEnum.ToString());
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(builder, map);
                break;
            case IEnumerable list:
                WriteList(builder, list);
                break;
            default:
                throw new InvalidOperationException(
                    $"Canonical JSON cannot write a value of CLR type {value.GetType().FullName}.");
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map)
    {
        builder.Append('{');
        var first = true;
        foreach (var entry in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            WriteString(builder, entry.Key);
            builder.Append(':');
            Write(builder, entry.Value);
        }

        builder.Append('}');
    }

    private static void WriteList(StringBuilder builder, IEnumerable list)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in list)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            Write(builder, item);
        }

        builder.Append(']');
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(value, i))
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
    }

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }
}
