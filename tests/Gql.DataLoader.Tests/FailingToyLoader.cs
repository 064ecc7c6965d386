namespace Gql.DataLoader.Tests;

/// <summary>A batch function that always throws (asynchronously).</summary>
public sealed class FailingToyLoader(DataLoaderScope scope) : BatchDataLoader<int, Toy?>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, Toy?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await Task.Yield();
        throw new InvalidOperationException("The toy service is down.");
    }
}
