namespace Gql.Subscriptions.Tests;

/// <summary>Reading events with a bound instead of waiting forever.</summary>
public static class StreamReading
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The next <paramref name="count"/> items; fails if they do not arrive within <see cref="Timeout"/>.</summary>
    public static async Task<List<T>> TakeAsync<T>(this IAsyncEnumerator<T> events, int count)
    {
        var items = new List<T>();
        while (items.Count < count)
        {
            if (!await events.MoveNextAsync().AsTask().WaitAsync(Timeout))
            {
                throw new InvalidOperationException($"The stream ended after {items.Count} of {count} items.");
            }

            items.Add(events.Current);
        }

        return items;
    }

    /// <summary>Every item until the stream ends; fails if it does not end within <see cref="Timeout"/>.</summary>
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> events)
    {
        var items = new List<T>();
        await using var enumerator = events.GetAsyncEnumerator();
        while (await enumerator.MoveNextAsync().AsTask().WaitAsync(Timeout))
        {
            items.Add(enumerator.Current);
        }

        return items;
    }

    /// <summary>Whether the stream ends (rather than yielding another item) within <see cref="Timeout"/>.</summary>
    public static async Task<bool> EndsAsync<T>(this IAsyncEnumerator<T> events)
        => !await events.MoveNextAsync().AsTask().WaitAsync(Timeout);
}
