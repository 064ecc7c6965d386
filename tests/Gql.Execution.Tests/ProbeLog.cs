namespace Gql.Execution.Tests;

/// <summary>Numbers the <see cref="ScopedProbe"/> instances in creation order and records which were disposed.</summary>
public sealed class ProbeLog
{
    private readonly List<ScopedProbe> _created = [];

    public IReadOnlyList<int> Disposed
    {
        get
        {
            lock (_created)
            {
                return [.. _created.Where(probe => probe.IsDisposed).Select(probe => probe.Number)];
            }
        }
    }

    public int Register(ScopedProbe probe)
    {
        lock (_created)
        {
            _created.Add(probe);
            return _created.Count;
        }
    }
}
