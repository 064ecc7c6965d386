using System.Runtime.CompilerServices;

namespace Gql.DataLoader.Tests;

public sealed class FamilySubscription
{
    /// <summary>The same parent <paramref name="times"/> times: one event each.</summary>
    public async IAsyncEnumerable<Parent> OnParentChanged(int id, int times, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < times; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Parent(id);
        }
    }
}
