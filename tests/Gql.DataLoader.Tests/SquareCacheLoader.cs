namespace Gql.DataLoader.Tests;

/// <summary>A cache loader: one call per key, value = key squared.</summary>
public sealed class SquareCacheLoader(DataLoaderScope scope) : CacheDataLoader<int, int>(scope)
{
    public List<int> Calls { get; } = [];

    protected override async Task<int> LoadSingleAsync(int key, CancellationToken cancellationToken)
    {
        Calls.Add(key);
        await Task.Yield();
        return key * key;
    }
}
