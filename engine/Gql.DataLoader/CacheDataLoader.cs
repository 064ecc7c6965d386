namespace Gql.DataLoader;

/// <summary>
/// A DataLoader that loads one key per call (no batching) and caches the values for the request.
/// </summary>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected CacheDataLoader(DataLoaderScope scope, DataLoaderOptions? options = null)
        : base(scope, (options ?? DataLoaderOptions.Default) with { MaxBatchSize = 1 })
    {
    }

    /// <summary>Loads the value of <paramref name="key"/>.</summary>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var key in keys)
        {
            results.SetValue(key, await LoadSingleAsync(key, cancellationToken).ConfigureAwait(false));
        }
    }
}
