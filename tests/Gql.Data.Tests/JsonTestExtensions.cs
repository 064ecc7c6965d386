using System.Text.Json;

namespace Gql.Data.Tests;

public static class JsonTestExtensions
{
    /// <summary>Wraps elements in a JSON array element (for helpers that take a list).</summary>
    public static JsonElement ToJsonArray(this IEnumerable<JsonElement> elements)
    {
        using var document = JsonDocument.Parse("[" + string.Join(",", elements.Select(e => e.GetRawText())) + "]");
        return document.RootElement.Clone();
    }
}
