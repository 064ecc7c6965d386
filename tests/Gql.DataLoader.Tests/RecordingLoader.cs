namespace Gql.DataLoader.Tests;

/// <summary>
/// A batch loader over string keys that records every batch call; values are the key upper-cased,
/// keys listed in <see cref="Missing"/> are left out, a key "throw" makes the batch throw.
/// </summary>
public sealed class RecordingLoader(DataLoaderScope scope, DataLoaderOptions? options = null)
    : BatchDataLoader<string, string?>(scope, options)
{
    private readonly List<string[]> _calls = [];

    public IReadOnlyList<string[]> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public ISet<string> Missing { get; } = new HashSet<string>();

    /// <summary>When set, batch calls wait for it (an asynchronous batch function).</summary>
    public Task? Gate { get; set; }

    protected override async Task<IReadOnlyDictionary<string, string?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        lock (_calls)
        {
            _calls.Add([.. keys]);
        }

        if (Gate is { } gate)
        {
            await gate.ConfigureAwait(false);
        }

        if (keys.Contains("throw"))
        {
            throw new InvalidOperationException("Batch failed: " + string.Join(",", keys));
        }

        return keys.Where(key => !Missing.Contains(key)).ToDictionary(key => key, key => (string?)key.ToUpperInvariant());
    }
}
