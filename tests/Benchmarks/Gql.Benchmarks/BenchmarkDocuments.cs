namespace Gql.Benchmarks;

/// <summary>
/// The schema and the operations every benchmark runs, read from tests/Benchmarks/documents
/// (copied next to the binary) so that the Node side times exactly the same text.
/// </summary>
public static class BenchmarkDocuments
{
    /// <summary>The scenarios, in report order: a 3-field query, a 1,000-item list, the full introspection query.</summary>
    public static IReadOnlyList<string> Scenarios { get; } = ["small", "list", "introspection"];

    public static string SchemaSdl => Read("schema");

    public static string Operation(string scenario)
    {
        if (!Scenarios.Contains(scenario))
        {
            throw new ArgumentException($"Unknown scenario '{scenario}'.", nameof(scenario));
        }

        return Read(scenario);
    }

    private static string Read(string name)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documents", name + ".graphql"));
}
