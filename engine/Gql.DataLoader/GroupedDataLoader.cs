namespace Gql.DataLoader;

/// <summary>
/// A DataLoader for one-to-many relations: the batch function returns a lookup and every key
/// resolves to its group (an empty array when the lookup has none).
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(DataLoaderScope scope, DataLoaderOptions? options = null)
        : base(scope, options)
    {
    }

    /// <summary>Loads the groups of <paramref name="keys"/> (distinct keys of one batch).</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue[]> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(results);
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            results.SetValue(key, [.. groups[key]]);
        }
    }
}
