using System.Collections.Concurrent;
using System.Diagnostics;
using StackExchange.Redis;

namespace Gql.Subscriptions.Redis;

/// <summary>
/// Topics on Redis pub/sub, so events published by one server reach subscribers on every server
/// connected to the same Redis. Each topic is the Redis channel <c>TopicPrefix + topic</c>; each
/// process subscribes to a channel once and fans events out to its local subscribers, each with
/// its own bounded buffer. Redis pub/sub delivers at most once: events published while a server is
/// disconnected do not reach it. After a reconnect the multiplexer subscribes the channels again
/// (also those subscribed while Redis was down).
/// </summary>
public sealed class RedisPubSub : ITopicEventSender, ITopicEventReceiver
{
    private static readonly TimeSpan SubscribedPollInterval = TimeSpan.FromMilliseconds(10);

    private readonly ConcurrentDictionary<string, RedisTopic> _topics = new(StringComparer.Ordinal);
    private readonly IConnectionMultiplexer _connection;
    private readonly RedisSubscriptionOptions _options;

    public RedisPubSub(IConnectionMultiplexer connection, RedisSubscriptionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _options = options ?? new RedisSubscriptionOptions();
    }

    /// <summary>The number of topics this process is subscribed to (for tests and diagnostics).</summary>
    public int TopicCount => _topics.Count;

    /// <summary>The Redis channel of a topic.</summary>
    public RedisChannel GetChannel(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return new RedisChannel((_options.TopicPrefix ?? string.Empty) + topic, RedisChannel.PatternMode.Literal);
    }

    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        await PublishAsync(topic, RedisPayload.Serialize(message, _options.SerializerOptions), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        await PublishAsync(topic, RedisPayload.Completion, CancellationToken.None).ConfigureAwait(false);
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
        => SubscribeAsync<TMessage>(topic, null, null, cancellationToken);

    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic,
        int? bufferCapacity,
        TopicBufferFullMode? bufferFullMode,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var serializerOptions = _options.SerializerOptions;
        var stream = new BufferedSourceStream<RedisValue, TMessage>(
            topic,
            bufferCapacity ?? _options.DefaultBufferCapacity,
            bufferFullMode ?? _options.DefaultBufferFullMode,
            payload => RedisPayload.Deserialize<TMessage>(topic, payload, serializerOptions),
            UnsubscribeAsync);
        while (true)
        {
            var entry = _topics.GetOrAdd(topic, name => new RedisTopic(name, GetChannel(name)));
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (entry.IsClosed)
                {
                    continue;
                }

                if (!entry.IsSubscribed)
                {
                    await SubscribeChannelAsync(entry, cancellationToken).ConfigureAwait(false);
                }

                entry.Add(stream);
                return stream;
            }
            finally
            {
                entry.Gate.Release();
            }
        }
    }

    private async Task SubscribeChannelAsync(RedisTopic entry, CancellationToken cancellationToken)
    {
        try
        {
            var subscriber = _connection.GetSubscriber();
            var clock = Stopwatch.StartNew();
            await subscriber.SubscribeAsync(entry.Channel, entry.Handler)
                .WaitAsync(_options.OperationTimeout, cancellationToken).ConfigureAwait(false);
            await ConfirmSubscribedAsync(subscriber, entry.Channel, clock, cancellationToken).ConfigureAwait(false);
            entry.IsSubscribed = true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The multiplexer may still hold the handler and subscribe it on reconnect; take it back so a retry does not add it twice.
            var cleanupError = await TryUnsubscribeChannelAsync(entry).ConfigureAwait(false);
            throw new TopicSubscribeException(
                entry.Name,
                $"Could not subscribe to topic \"{entry.Name}\" (Redis channel \"{entry.Channel}\") within {_options.OperationTimeout.TotalSeconds:0.###} s: {ex.Message}",
                cleanupError is null ? ex : new AggregateException(ex, cleanupError));
        }
    }

    /// <summary>
    /// Returns once Redis has the channel's SUBSCRIBE, so that every event published after the
    /// subscription returned reaches it. StackExchange.Redis 1.2.6 completes <c>SubscribeAsync</c> at
    /// once without sending SUBSCRIBE while its subscription connection is not connected (right after
    /// the multiplexer connected, or during an outage) and sends it only once that connection is up.
    /// </summary>
    private async Task ConfirmSubscribedAsync(ISubscriber subscriber, RedisChannel channel, Stopwatch clock, CancellationToken cancellationToken)
    {
        // The multiplexer raises no event when it sends a deferred SUBSCRIBE: look for its server.
        while (subscriber.SubscribedEndpoint(channel) is null)
        {
            if (clock.Elapsed >= _options.OperationTimeout)
            {
                throw new TimeoutException("The subscription connection did not connect.");
            }

            await Task.Delay(SubscribedPollInterval, cancellationToken).ConfigureAwait(false);
        }

        // A deferred SUBSCRIBE is sent without waiting for its reply. 1.2.6 pings a subscription connection
        // with a command on that connection, so the ping's answer comes after the SUBSCRIBE's.
        var left = _options.OperationTimeout - clock.Elapsed;
        await subscriber.PingAsync().WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask UnsubscribeAsync<TMessage>(BufferedSourceStream<RedisValue, TMessage> stream)
    {
        if (!_topics.TryGetValue(stream.Topic, out var entry))
        {
            return;
        }

        await entry.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            entry.Remove(stream);
            if (entry.Count > 0 || entry.IsClosed)
            {
                return;
            }

            entry.IsClosed = true;
            _topics.TryRemove(new KeyValuePair<string, RedisTopic>(entry.Name, entry));
            if (entry.IsSubscribed)
            {
                entry.IsSubscribed = false;

                // Disposing must not fail while Redis is down; a handler left behind only feeds this closed, removed entry.
                _ = await TryUnsubscribeChannelAsync(entry).ConfigureAwait(false);
            }
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>
    /// Removes the topic's handler from the multiplexer at once; the UNSUBSCRIBE command is fire-and-forget
    /// (while Redis is down the multiplexer simply does not subscribe the channel again on reconnect).
    /// </summary>
    /// <returns>Null, or the Redis error that kept the command from being queued.</returns>
    private async Task<Exception?> TryUnsubscribeChannelAsync(RedisTopic entry)
    {
        try
        {
            await _connection.GetSubscriber().UnsubscribeAsync(entry.Channel, entry.Handler, CommandFlags.FireAndForget)
                .WaitAsync(_options.OperationTimeout).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return ex;
        }
    }

    private async Task PublishAsync(string topic, RedisValue payload, CancellationToken cancellationToken)
    {
        var channel = GetChannel(topic);
        try
        {
            await _connection.GetSubscriber().PublishAsync(channel, payload)
                .WaitAsync(_options.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new TopicSendException(
                topic,
                $"Could not publish to topic \"{topic}\" (Redis channel \"{channel}\") within {_options.OperationTimeout.TotalSeconds:0.###} s: {ex.Message}",
                ex);
        }
    }
}
