namespace Gql.DataLoader.Tests;

/// <summary>An asynchronous batch function (completes on another thread) for children by id.</summary>
public sealed class ChildByIdLoader(DataLoaderScope scope, BatchLog log) : BatchDataLoader<int, Child>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, Child>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record("children", keys);
        await Task.Yield();
        return keys.ToDictionary(key => key, key => new Child(key, "child " + key));
    }
}
