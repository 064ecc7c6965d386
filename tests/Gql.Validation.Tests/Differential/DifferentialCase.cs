using System.Text.Json;

namespace Gql.Validation.Tests.Differential;

/// <summary>One document with the errors graphql-js reported for it (see generate.mjs).</summary>
public sealed record DifferentialCase(string Suite, string Name, string Query, string Schema, IReadOnlyList<string> Errors)
{
    private static readonly Dictionary<string, IReadOnlyList<DifferentialCase>> Loaded = [];

    public static IReadOnlyList<DifferentialCase> Load(string suite)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(suite, out var cases))
            {
                Loaded[suite] = cases = Read(suite);
            }

            return cases;
        }
    }

    public override string ToString() => Suite + ":" + Name;

    /// <summary>graphql-js throws for a few documents instead of returning errors; we report the same message as an error.</summary>
    public static string Describe(string message, IEnumerable<(int Line, int Column)> locations)
        => message.StartsWith("THROWS: ", StringComparison.Ordinal)
            ? message["THROWS: ".Length..]
            : message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));

    private static List<DifferentialCase> Read(string suite)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Differential", suite + ".expected.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var schema = document.RootElement.GetProperty("schema").GetString()!;
        var cases = new List<DifferentialCase>();
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var errors = new List<string>();
            foreach (var error in item.GetProperty("errors").EnumerateArray())
            {
                var locations = error.GetProperty("locations").EnumerateArray()
                    .Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()));
                errors.Add(Describe(error.GetProperty("message").GetString()!, locations));
            }

            cases.Add(new DifferentialCase(suite, item.GetProperty("name").GetString()!, item.GetProperty("query").GetString()!, schema, errors));
        }

        return cases;
    }
}
