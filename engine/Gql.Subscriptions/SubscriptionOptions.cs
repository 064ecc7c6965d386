namespace Gql.Subscriptions;

/// <summary>Options of the pub/sub providers (in-memory and Redis).</summary>
public class SubscriptionOptions
{
    private int _defaultBufferCapacity = 64;

    /// <summary>How many events each subscriber buffers before <see cref="DefaultBufferFullMode"/> applies (default 64).</summary>
    public int DefaultBufferCapacity
    {
        get => _defaultBufferCapacity;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _defaultBufferCapacity = value;
        }
    }

    /// <summary>The overflow policy of a full subscriber buffer (default <see cref="TopicBufferFullMode.DropOldest"/>).</summary>
    public TopicBufferFullMode DefaultBufferFullMode { get; set; } = TopicBufferFullMode.DropOldest;

    /// <summary>
    /// Prepended to every topic name on a shared backend (the Redis channel is <c>TopicPrefix + topic</c>),
    /// so several shops can share one Redis. Null or empty: no prefix.
    /// </summary>
    public string? TopicPrefix { get; set; }
}
