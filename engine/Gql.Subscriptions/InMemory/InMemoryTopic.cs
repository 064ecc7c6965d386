namespace Gql.Subscriptions;

/// <summary>
/// The subscribers of one in-memory topic. A topic closes when its last subscriber leaves or it is
/// completed; a later subscriber to the same name opens a new one.
/// </summary>
internal sealed class InMemoryTopic(string name)
{
    private readonly Lock _gate = new();
    private readonly List<ITopicSubscriber<object?>> _subscribers = [];
    private bool _closed;

    public string Name { get; } = name;

    public bool TryAdd(ITopicSubscriber<object?> subscriber)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            _subscribers.Add(subscriber);
            return true;
        }
    }

    /// <summary>Removes a subscriber; returns true when that closed the topic (it was the last one).</summary>
    public bool Remove(ITopicSubscriber<object?> subscriber)
    {
        lock (_gate)
        {
            if (!_subscribers.Remove(subscriber) || _subscribers.Count > 0)
            {
                return false;
            }

            _closed = true;
            return true;
        }
    }

    /// <summary>Writes the message to every subscriber, after checking that each of them can read it.</summary>
    public void Publish(object? message, Type sentType)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                if (!CanRead(subscriber.MessageType, message))
                {
                    throw new InvalidOperationException(
                        $"A message of type {sentType} was sent to topic \"{Name}\", but a subscriber of that topic reads {subscriber.MessageType}.");
                }
            }

            foreach (var subscriber in _subscribers)
            {
                subscriber.Write(message);
            }
        }
    }

    /// <summary>Ends every subscriber's stream and closes the topic.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Complete();
            }

            _subscribers.Clear();
        }
    }

    private static bool CanRead(Type messageType, object? message)
        => message is null ? !messageType.IsValueType || Nullable.GetUnderlyingType(messageType) is not null : messageType.IsInstanceOfType(message);
}
