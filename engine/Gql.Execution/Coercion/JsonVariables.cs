using System.Globalization;
using System.Text.Json;

namespace Gql.Execution;

/// <summary>
/// Decodes JSON variable values into the CLR shape the executor coerces: string, bool, int or long
/// (integral numbers), decimal (other numbers that fit) or double, null,
/// <c>IReadOnlyList&lt;object?&gt;</c> and <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
/// </summary>
public static class JsonVariables
{
    /// <summary>Parses a JSON object of variables; null or "null" gives an empty map.</summary>
    public static IReadOnlyDictionary<string, object?> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, object?>();
        }

        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement) as IReadOnlyDictionary<string, object?>
            ?? (document.RootElement.ValueKind == JsonValueKind.Null
                ? new Dictionary<string, object?>()
                : throw new JsonException("Variables must be a JSON object."));
    }

    /// <summary>Converts any JSON value into the CLR shape.</summary>
    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ReadNumber(element);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    // JSON has one number type; like JSON.parse, 1.0 and 1e3 are integers.
    private static object ReadNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var i))
        {
            return i;
        }

        if (element.TryGetInt64(out var l))
        {
            return l;
        }

        if (element.TryGetDecimal(out var m))
        {
            if (decimal.Truncate(m) == m)
            {
                if (m >= int.MinValue && m <= int.MaxValue)
                {
                    return (int)m;
                }

                if (m >= long.MinValue && m <= long.MaxValue)
                {
                    return (long)m;
                }
            }

            if (!IsLossy(element.GetRawText(), m))
            {
                return m;
            }
        }

        return element.GetDouble();
    }

    // decimal keeps 28-29 significant digits; longer inputs are better served by double.
    private static bool IsLossy(string raw, decimal value)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        return (double)value != d;
    }
}
