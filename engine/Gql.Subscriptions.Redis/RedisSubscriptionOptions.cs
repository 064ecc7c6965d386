using System.Text.Json;

namespace Gql.Subscriptions.Redis;

/// <summary>Options of <see cref="RedisPubSub"/>: the shared <see cref="SubscriptionOptions"/> plus timeouts and JSON.</summary>
public sealed class RedisSubscriptionOptions : SubscriptionOptions
{
    private TimeSpan _operationTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a publish, or the SUBSCRIBE of a topic's first local subscriber, may take before it fails
    /// with <see cref="TopicSendException"/> / <see cref="TopicSubscribeException"/> (default 5 s).
    /// </summary>
    public TimeSpan OperationTimeout
    {
        get => _operationTimeout;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            _operationTimeout = value;
        }
    }

    /// <summary>
    /// How messages are written and read: <see cref="JsonSerializerDefaults.Web"/> by default (camelCase
    /// property names, case-insensitive reading, numbers may be read from strings).
    /// </summary>
    public JsonSerializerOptions SerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);
}
