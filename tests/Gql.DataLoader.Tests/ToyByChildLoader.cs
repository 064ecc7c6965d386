namespace Gql.DataLoader.Tests;

/// <summary>An asynchronous batch function for toys by child id; children with odd ids have none.</summary>
public sealed class ToyByChildLoader(DataLoaderScope scope, BatchLog log) : BatchDataLoader<int, Toy?>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, Toy?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record("toys", keys);
        await Task.Yield();
        return keys.Where(key => key % 20 == 0).ToDictionary(key => key, key => (Toy?)new Toy("toy " + key));
    }
}
