using System.Collections.Concurrent;

namespace Gql.DataLoader.Tests;

/// <summary>The batch calls of one request: loader name and keys.</summary>
public sealed class BatchLog
{
    private readonly ConcurrentQueue<(string Loader, int[] Keys)> _calls = new();

    public IReadOnlyList<(string Loader, int[] Keys)> Calls => [.. _calls];

    public void Record(string loader, IReadOnlyList<int> keys) => _calls.Enqueue((loader, [.. keys]));
}
