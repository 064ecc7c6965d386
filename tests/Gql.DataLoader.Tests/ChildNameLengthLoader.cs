namespace Gql.DataLoader.Tests;

/// <summary>A batch function that itself loads through another loader of the same scope.</summary>
public sealed class ChildNameLengthLoader(DataLoaderScope scope, ChildByIdLoader children, BatchLog log) : BatchDataLoader<int, int>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Record("lengths", keys);
        var found = await children.LoadAsync([.. keys], cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(child => child.Id, child => child.Name.Length);
    }
}
