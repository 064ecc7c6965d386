namespace Gql.DataLoader.Tests;

/// <summary>A grouped loader: parent id to (parent id mod 3) toys.</summary>
public sealed class ToysByParentLoader(DataLoaderScope scope, BatchLog log) : GroupedDataLoader<int, Toy>(scope)
{
    protected override async Task<ILookup<int, Toy>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record("toysByParent", keys);
        await Task.Yield();
        return keys
            .SelectMany(parentId => Enumerable.Range(1, parentId % 3).Select(n => (parentId, Toy: new Toy($"toy {parentId}.{n}"))))
            .ToLookup(pair => pair.parentId, pair => pair.Toy);
    }
}
