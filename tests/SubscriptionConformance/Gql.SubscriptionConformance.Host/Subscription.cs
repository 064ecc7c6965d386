using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.SubscriptionConformance.Host;

/// <summary>The subscription root of the conformance server.</summary>
public sealed class Subscription
{
    /// <summary>The greetings "Hi 1" .. "Hi count".</summary>
    public async IAsyncEnumerable<string> Greetings(int count = 3, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return "Hi " + i;
        }
    }

    /// <summary>A tick every 20 ms until the client stops listening.</summary>
    public async IAsyncEnumerable<int> Ticks([Service] StreamCounter counter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        counter.Start();
        try
        {
            for (var i = 1; ; i++)
            {
                yield return i;
                await Task.Delay(20, cancellationToken);
            }
        }
        finally
        {
            counter.Stop();
        }
    }
}
