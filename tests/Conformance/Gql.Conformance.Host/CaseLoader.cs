using System.Text.Json;

namespace Gql.Conformance.Host;

/// <summary>Reads cases/*.json exactly like lib/cases.mjs does (same order, same names).</summary>
internal static class CaseLoader
{
    public static IReadOnlyList<ConformanceCase> LoadDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.json");
        Array.Sort(files, StringComparer.Ordinal);
        var cases = new List<ConformanceCase>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            var area = root.TryGetProperty("area", out var areaElement)
                ? areaElement.GetString()!
                : Path.GetFileNameWithoutExtension(file);
            root.TryGetProperty("defaults", out var defaults);
            foreach (var item in root.GetProperty("cases").EnumerateArray())
            {
                cases.Add(ReadCase(area, item, defaults));
            }
        }

        return cases;
    }

    private static ConformanceCase ReadCase(string area, JsonElement item, JsonElement defaults)
    {
        var query = Property(item, defaults, "query") is { } q
            ? q.ValueKind == JsonValueKind.Array
                ? string.Join('\n', q.EnumerateArray().Select(line => line.GetString()))
                : q.GetString()!
            : throw new InvalidDataException($"Case {area}/{item.GetProperty("name").GetString()} has no query.");
        var mode = Property(item, defaults, "mode")?.GetString() ?? "execute";
        var variables = Property(item, defaults, "variables") is { ValueKind: not JsonValueKind.Null } v ? v.GetRawText() : null;
        var operationName = Property(item, defaults, "operationName") is { ValueKind: JsonValueKind.String } o ? o.GetString() : null;
        return new ConformanceCase($"{area}/{item.GetProperty("name").GetString()}", query, mode, variables, operationName);
    }

    private static JsonElement? Property(JsonElement item, JsonElement defaults, string name)
    {
        if (item.TryGetProperty(name, out var value))
        {
            return value;
        }

        if (defaults.ValueKind == JsonValueKind.Object && defaults.TryGetProperty(name, out var fallback))
        {
            return fallback;
        }

        return null;
    }
}
