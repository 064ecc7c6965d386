namespace Gql.Subscriptions;

/// <summary>An event could not be published (the backend is unreachable or did not answer in time); sending again may succeed.</summary>
public sealed class TopicSendException : Exception
{
    public TopicSendException(string topic, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Topic = topic;
    }

    public string Topic { get; }
}
