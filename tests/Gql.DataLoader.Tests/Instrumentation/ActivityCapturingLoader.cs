using System.Diagnostics;

namespace Gql.DataLoader.Tests.Instrumentation;

/// <summary>Returns, for every key, the name of the activity current inside the batch function.</summary>
public sealed class ActivityCapturingLoader(DataLoaderScope scope) : BatchDataLoader<int, string?>(scope)
{
    protected override Task<IReadOnlyDictionary<int, string?>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.ToDictionary(key => key, _ => Activity.Current?.OperationName));
}
