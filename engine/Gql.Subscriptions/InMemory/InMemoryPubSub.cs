using System.Collections.Concurrent;

namespace Gql.Subscriptions;

/// <summary>
/// Topics inside one process: every event sent to a topic is written to the buffer of each of its
/// current subscribers (fan-out). Nothing crosses process boundaries; use the Redis provider for that.
/// </summary>
public sealed class InMemoryPubSub : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, InMemoryTopic> _topics = new(StringComparer.Ordinal);
    private readonly SubscriptionOptions _options;

    public InMemoryPubSub(SubscriptionOptions? options = null)
    {
        _options = options ?? new SubscriptionOptions();
    }

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            subscribers.Publish(message, typeof(TMessage));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_topics.TryRemove(topic, out var subscribers))
        {
            subscribers.Complete();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
        => SubscribeAsync<TMessage>(topic, null, null, cancellationToken);

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic,
        int? bufferCapacity,
        TopicBufferFullMode? bufferFullMode,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        var stream = new BufferedSourceStream<object?, TMessage>(
            topic,
            bufferCapacity ?? _options.DefaultBufferCapacity,
            bufferFullMode ?? _options.DefaultBufferFullMode,
            static item => (TMessage)item!,
            Unsubscribe);

        // A topic found closed lost its last subscriber (or was completed) meanwhile: open a new one.
        while (!_topics.GetOrAdd(topic, static name => new InMemoryTopic(name)).TryAdd(stream))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return new ValueTask<ISourceStream<TMessage>>(stream);
    }

    /// <summary>The number of topics that have subscribers (for tests and diagnostics).</summary>
    public int TopicCount => _topics.Count;

    private ValueTask Unsubscribe<TMessage>(BufferedSourceStream<object?, TMessage> stream)
    {
        if (_topics.TryGetValue(stream.Topic, out var topic) && topic.Remove(stream))
        {
            _topics.TryRemove(new KeyValuePair<string, InMemoryTopic>(stream.Topic, topic));
        }

        return ValueTask.CompletedTask;
    }
}
