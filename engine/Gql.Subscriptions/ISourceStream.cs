namespace Gql.Subscriptions;

/// <summary>
/// One subscription to a topic. The subscription is active from the moment it is returned: events
/// sent after that are buffered until read. Disposing it unsubscribes and ends <see cref="ReadEventsAsync"/>.
/// </summary>
public interface ISourceStream<out TMessage> : IAsyncDisposable
{
    /// <summary>The events, in the order they were received; ends when the topic is completed or the stream disposed. Read it once.</summary>
    IAsyncEnumerable<TMessage> ReadEventsAsync();
}
