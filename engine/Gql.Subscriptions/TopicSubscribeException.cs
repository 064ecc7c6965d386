namespace Gql.Subscriptions;

/// <summary>A subscription to a topic could not be set up on the backend (unreachable or no answer in time).</summary>
public sealed class TopicSubscribeException : Exception
{
    public TopicSubscribeException(string topic, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Topic = topic;
    }

    public string Topic { get; }
}
