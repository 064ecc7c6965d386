namespace Gql.Subscriptions;

/// <summary>Publishes events to a topic; every current subscriber of the topic receives them.</summary>
public interface ITopicEventSender
{
    /// <summary>Sends <paramref name="message"/> to the subscribers of <paramref name="topic"/>.</summary>
    /// <exception cref="TopicSendException">The event could not be handed to the pub/sub backend (the caller may retry).</exception>
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Ends the event streams of every current subscriber of <paramref name="topic"/>.</summary>
    ValueTask CompleteAsync(string topic);
}
