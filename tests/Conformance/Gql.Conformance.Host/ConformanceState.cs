namespace Gql.Conformance.Host;

/// <summary>The mutable state of the mutation resolvers (RESOLVERS.md); reset before every case.</summary>
internal sealed class ConformanceState
{
    public int Counter { get; set; }

    public string? Message { get; set; }

    public List<string> Log { get; } = [];

    public int NextId { get; set; } = 100;

    public void Reset()
    {
        Counter = 0;
        Message = null;
        Log.Clear();
        NextId = 100;
    }

    public Dictionary<string, object?> Snapshot() => new(StringComparer.Ordinal)
    {
        ["counter"] = Counter,
        ["message"] = Message,
        ["log"] = Log.ToArray(),
    };
}
