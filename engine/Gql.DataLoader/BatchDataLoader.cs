namespace Gql.DataLoader;

/// <summary>
/// A DataLoader whose batch function returns a dictionary: keys missing from it resolve to the
/// default value (null).
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected BatchDataLoader(DataLoaderScope scope, DataLoaderOptions? options = null)
        : base(scope, options)
    {
    }

    /// <summary>Loads the values of <paramref name="keys"/> (distinct keys of one batch).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(results);
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value))
            {
                results.SetValue(key, value);
            }
        }
    }
}
