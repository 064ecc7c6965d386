using System.Runtime.CompilerServices;

namespace Gql.AspNetCore.Tests;

public sealed class TestSubscription
{
    public async IAsyncEnumerable<int> Ticks([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= 3; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}
