namespace Gql.DataLoader.Tests;

/// <summary>Children by id in batches of at most 30 keys.</summary>
public sealed class LimitedChildLoader(DataLoaderScope scope, BatchLog log)
    : BatchDataLoader<int, Child>(scope, new DataLoaderOptions { MaxBatchSize = 30 })
{
    protected override async Task<IReadOnlyDictionary<int, Child>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record("limited", keys);
        await Task.Yield();
        return keys.ToDictionary(key => key, key => new Child(key, "child " + key));
    }
}
