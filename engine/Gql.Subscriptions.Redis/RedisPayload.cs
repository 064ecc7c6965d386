using System.Text.Json;
using StackExchange.Redis;

namespace Gql.Subscriptions.Redis;

/// <summary>
/// What travels on a topic's Redis channel: an event is its message serialized as UTF-8 JSON; the
/// completion of the topic is an empty payload (never valid JSON).
/// </summary>
internal static class RedisPayload
{
    public static RedisValue Completion { get; } = Array.Empty<byte>();

    public static bool IsCompletion(RedisValue payload) => payload.IsNullOrEmpty;

    public static RedisValue Serialize<TMessage>(TMessage message, JsonSerializerOptions options)
        => JsonSerializer.SerializeToUtf8Bytes(message, options);

    public static TMessage Deserialize<TMessage>(string topic, RedisValue payload, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize<TMessage>((byte[])payload!, options)!;
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"A message on topic \"{topic}\" is not JSON of {typeof(TMessage)}: {ex.Message}", ex);
        }
    }
}
