using StackExchange.Redis;

namespace Gql.Subscriptions.Redis;

/// <summary>
/// The local subscribers of one topic, sharing one Redis channel subscription. <see cref="Gate"/>
/// orders subscribing and unsubscribing on Redis; the subscriber list has its own lock because
/// messages arrive on Redis's threads.
/// </summary>
internal sealed class RedisTopic
{
    private readonly Lock _subscribersLock = new();
    private readonly List<ITopicSubscriber<RedisValue>> _subscribers = [];

    public RedisTopic(string name, RedisChannel channel)
    {
        Name = name;
        Channel = channel;
        Handler = OnMessage;
    }

    public string Name { get; }

    public RedisChannel Channel { get; }

    /// <summary>The one handler registered for <see cref="Channel"/> (the same delegate unsubscribes it).</summary>
    public Action<RedisChannel, RedisValue> Handler { get; }

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Whether the Redis channel subscription is in place (guarded by <see cref="Gate"/>).</summary>
    public bool IsSubscribed { get; set; }

    /// <summary>The last local subscriber left; a later subscriber opens a new topic (guarded by <see cref="Gate"/>).</summary>
    public bool IsClosed { get; set; }

    public int Count
    {
        get
        {
            lock (_subscribersLock)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Add(ITopicSubscriber<RedisValue> subscriber)
    {
        lock (_subscribersLock)
        {
            _subscribers.Add(subscriber);
        }
    }

    public void Remove(ITopicSubscriber<RedisValue> subscriber)
    {
        lock (_subscribersLock)
        {
            _subscribers.Remove(subscriber);
        }
    }

    private void OnMessage(RedisChannel channel, RedisValue payload)
    {
        lock (_subscribersLock)
        {
            if (RedisPayload.IsCompletion(payload))
            {
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Complete();
                }

                // Completed subscribers are done; the channel subscription is released when the last one is disposed.
                _subscribers.Clear();
                return;
            }

            foreach (var subscriber in _subscribers)
            {
                subscriber.Write(payload);
            }
        }
    }
}
