using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.AspNetCore.Tests;

/// <summary>The subscription root of <see cref="TransportServerFixture"/>.</summary>
public sealed class TransportSubscription
{
    /// <summary>The numbers 1..count.</summary>
    public async IAsyncEnumerable<int> Count(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    /// <summary><paramref name="count"/> events carrying the subscription's scoped marker.</summary>
    public async IAsyncEnumerable<MarkerEvent> Markers(int count, [Service] RequestMarker marker, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new MarkerEvent(marker.Id);
        }
    }

    /// <summary>One event right away, then one per 20 ms until stopped; tracked so tests see it stop.</summary>
    public async IAsyncEnumerable<int> Forever([Service] StreamTracker tracker, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        tracker.Start();
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
            tracker.Stop();
        }
    }

    /// <summary>One event, then the source stream fails.</summary>
    public async IAsyncEnumerable<int> Broken([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        yield return 1;
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("The source stream failed.");
    }
}
