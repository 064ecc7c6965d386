namespace Gql.DataLoader.Tests;

/// <summary>A loader whose batch reports the token it received and waits until it is canceled.</summary>
public sealed class TokenLoader(DataLoaderScope scope, TaskCompletionSource<CancellationToken> seen) : BatchDataLoader<int, int>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        seen.SetResult(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false);
        return keys.ToDictionary(key => key);
    }
}
