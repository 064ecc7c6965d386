using System.Diagnostics;
using ECommerce.Testing;
using Gql.Subscriptions.Tests.Schema;
using StackExchange.Redis;
using Order = Gql.Subscriptions.Tests.Schema.Order;

namespace Gql.Subscriptions.Tests;

/// <summary>A Redis server of its own per test, stopped or restarted under connected instances.</summary>
public sealed class RedisRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan ReconnectTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(2);
    private RedisServer _server = null!;
    private RedisInstance _a = null!;
    private RedisInstance _b = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        _a = new RedisInstance(_server.Configuration, "shop:", OperationTimeout);
        _b = new RedisInstance(_server.Configuration, "shop:", OperationTimeout);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_subscription_keeps_receiving_events_after_redis_restarts()
    {
        await using var stream = await _b.SubscribeAsync("""subscription { onOrderChanged(orderId: "42") { status } }""");
        await using var events = stream.GetAsyncEnumerator();
        await _a.ExecuteAsync("""mutation { changeStatus(id: "42", status: "PAID") { id } }""");
        Assert.Equal("""{"data":{"onOrderChanged":{"status":"PAID"}}}""", Assert.Single(await events.TakeAsync(1)).ToJson());

        await _server.RestartAsync();

        // Redis pub/sub is at-most-once: events published before B has subscribed again are lost, so publish until one arrives.
        var next = events.MoveNextAsync().AsTask();
        await Poll.UntilAsync(
            async () => next.IsCompleted || await TrySendAsync(_a, "OnOrderChanged_42", new Order("42", "SHIPPED")) && next.IsCompleted,
            ReconnectTimeout,
            "an event published after the restart to reach the subscriber");
        Assert.True(await next);
        Assert.Equal("""{"data":{"onOrderChanged":{"status":"SHIPPED"}}}""", events.Current.ToJson());
    }

    [Fact]
    public async Task A_subscription_made_before_the_subscription_connection_is_up_receives_the_first_event_sent_after_it_returned()
    {
        // Arrange: B's multiplexer has tried to connect while Redis was down, so it subscribes only after a reconnect.
        await _server.StopAsync();
        var options = ConfigurationOptions.Parse(_server.Configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 500;
        using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        await using var b = new RedisInstance(connection, "shop:", ReconnectTimeout);
        var subscribing = b.Receiver.SubscribeAsync<Order>("orders").AsTask();
        await _server.RestartAsync();

        // Act: the event is published as soon as the subscription has returned (A connects at once, B reconnects later).
        await using var stream = await subscribing.WaitAsync(ReconnectTimeout);
        await using var events = stream.ReadEventsAsync().GetAsyncEnumerator();
        await _a.Sender.SendAsync("orders", new Order("1", "PAID"));

        // Assert
        Assert.Equal("1", Assert.Single(await events.TakeAsync(1)).Id);
    }

    [Fact]
    public async Task Sending_while_redis_is_down_fails_with_a_clear_exception_within_the_timeout()
    {
        await _a.Sender.SendAsync("orders", new Order("1", "CREATED"));
        await _server.StopAsync();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TopicSendException>(() => _a.Sender.SendAsync("orders", new Order("1", "PAID")).AsTask());

        Assert.True(clock.Elapsed < OperationTimeout + TimeSpan.FromSeconds(5), $"The send failed only after {clock.Elapsed}.");
        Assert.Equal("orders", error.Topic);
        Assert.Contains("Could not publish to topic \"orders\" (Redis channel \"shop:orders\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_works_again_once_redis_is_back()
    {
        await using var stream = await _b.Receiver.SubscribeAsync<Order>("orders");
        await using var events = stream.ReadEventsAsync().GetAsyncEnumerator();
        await _server.StopAsync();
        await Assert.ThrowsAsync<TopicSendException>(() => _a.Sender.SendAsync("orders", new Order("1", "LOST")).AsTask());

        await _server.RestartAsync();

        var next = events.MoveNextAsync().AsTask();
        await Poll.UntilAsync(
            async () => next.IsCompleted || await TrySendAsync(_a, "orders", new Order("1", "PAID")) && next.IsCompleted,
            ReconnectTimeout,
            "a send after the restart to reach the subscriber");
        Assert.True(await next);
        Assert.Equal("PAID", events.Current.Status);
    }

    [Fact]
    public async Task A_subscription_tried_while_redis_is_down_receives_each_event_once_redis_is_back()
    {
        await using (await _b.Receiver.SubscribeAsync<Order>("warm-up"))
        {
            // B has been connected before Redis goes away.
        }

        await _server.StopAsync();

        // Depending on whether the multiplexer has noticed the outage, this fails at once or is taken up on reconnect.
        var stream = await TrySubscribeAsync(_b, "orders");
        await _server.RestartAsync();
        await Poll.UntilAsync(async () => (stream ??= await TrySubscribeAsync(_b, "orders")) is not null, ReconnectTimeout, "a subscription after the restart");
        await using var subscribed = stream!;
        await using var events = subscribed.ReadEventsAsync().GetAsyncEnumerator();

        var next = events.MoveNextAsync().AsTask();
        await Poll.UntilAsync(
            async () => next.IsCompleted || await TrySendAsync(_a, "orders", new Order("0", "PROBE")) && next.IsCompleted,
            ReconnectTimeout,
            "the subscription made during the outage to reach Redis");
        Assert.True(await next);
        await _a.Sender.SendAsync("orders", new Order("1", "PAID"));
        await _a.Sender.SendAsync("orders", new Order("2", "PAID"));

        // Probes sent while B was subscribing again may still be arriving; after them "1" arrives once, then "2".
        var received = new List<string>();
        while (received.Count < 2)
        {
            var order = Assert.Single(await events.TakeAsync(1));
            if (order.Id != "0")
            {
                received.Add(order.Id);
            }
        }

        Assert.Equal(["1", "2"], received);
    }

    private static async Task<bool> TrySendAsync(RedisInstance instance, string topic, Order order)
    {
        try
        {
            await instance.Sender.SendAsync(topic, order);
            return true;
        }
        catch (TopicSendException)
        {
            return false;
        }
    }

    private static async Task<ISourceStream<Order>?> TrySubscribeAsync(RedisInstance instance, string topic)
    {
        try
        {
            return await instance.Receiver.SubscribeAsync<Order>(topic);
        }
        catch (TopicSubscribeException)
        {
            return null;
        }
    }
}
