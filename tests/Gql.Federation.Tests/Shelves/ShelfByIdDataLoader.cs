using System.Collections.Concurrent;
using Gql.DataLoader;

namespace Gql.Federation.Tests.Shelves;

public sealed class ShelfByIdDataLoader(DataLoaderScope scope, ConcurrentQueue<int[]> batches) : BatchDataLoader<int, Shelf>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, Shelf>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        batches.Enqueue([.. keys]);
        await Task.Yield();
        return keys.Where(k => k < 100).ToDictionary(k => k, k => new Shelf(k, "shelf " + k));
    }
}
