namespace Gql.Subscriptions;

/// <summary>Subscribes to topics; each subscriber gets its own bounded buffer of events.</summary>
public interface ITopicEventReceiver
{
    /// <summary>Subscribes with the default buffer capacity and overflow mode of <see cref="SubscriptionOptions"/>.</summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);

    /// <summary>Subscribes with a buffer of <paramref name="bufferCapacity"/> events (null: the default) and the given overflow mode.</summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic,
        int? bufferCapacity,
        TopicBufferFullMode? bufferFullMode,
        CancellationToken cancellationToken = default);
}
