using System.Text.Json;

namespace Gql.Conformance.Host;

/// <summary>
/// Decodes data.json into the shapes the default resolver reads: IReadOnlyDictionary&lt;string, object?&gt;,
/// IReadOnlyList&lt;object?&gt;, string, bool, int/long (integers), double (other numbers), null.
/// </summary>
internal static class JsonData
{
    public static object? Decode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => DecodeObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(Decode).ToArray(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => DecodeNumber(element),
        _ => null,
    };

    private static Dictionary<string, object?> DecodeObject(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = Decode(property.Value);
        }

        return result;
    }

    private static object DecodeNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var i))
        {
            return i;
        }

        if (element.TryGetInt64(out var l))
        {
            return l;
        }

        return element.GetDouble();
    }
}
