using ECommerce.Testing;
using Gql.Subscriptions.Tests.Schema;
using StackExchange.Redis;
using Order = Gql.Subscriptions.Tests.Schema.Order;

namespace Gql.Subscriptions.Tests;

/// <summary>Two instances on the test assembly's shared Redis server; every test uses its own topic names.</summary>
public sealed class RedisPubSubTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncLifetime
{
    private RedisInstance _a = null!;
    private RedisInstance _b = null!;
    private ConnectionMultiplexer _raw = null!;
    private readonly string _prefix = $"shop-{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        _a = new RedisInstance(redis.Server.Configuration, _prefix);
        _b = new RedisInstance(redis.Server.Configuration, _prefix);
        _raw = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);

        // StackExchange.Redis 1.2.6 may return before its subscription connection is up and then drops a
        // SUBSCRIBE made through it until that connection is up (the raw subscriber would miss the event).
        await Poll.UntilAsync(() => _raw.GetSubscriber().IsConnected(), StreamReading.Timeout, "the raw multiplexer's subscription connection");
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        _raw.Dispose();
    }

    [Fact]
    public async Task An_event_published_by_a_mutation_on_one_instance_reaches_a_subscriber_on_another()
    {
        await using var stream = await _b.SubscribeAsync("""subscription { onOrderChanged(orderId: "42") { id status total } }""");
        await using var events = stream.GetAsyncEnumerator();

        var mutation = await _a.ExecuteAsync("""mutation { changeStatus(id: "42", status: "PAID") { id } }""");

        Assert.Equal("""{"data":{"changeStatus":{"id":"42"}}}""", mutation);
        Assert.Equal(
            """{"data":{"onOrderChanged":{"id":"42","status":"PAID","total":12.5}}}""",
            Assert.Single(await events.TakeAsync(1)).ToJson());
    }

    [Fact]
    public async Task Events_travel_as_web_json_on_the_prefixed_channel_of_the_topic()
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await _raw.GetSubscriber().SubscribeAsync(
            new RedisChannel(_prefix + "OnOrderChanged_1", RedisChannel.PatternMode.Literal),
            (_, message) => received.TrySetResult(message!));

        await _a.Sender.SendAsync("OnOrderChanged_1", new Order("1", "PAID", 3m));

        Assert.Equal("""{"id":"1","status":"PAID","total":3}""", await received.Task.WaitAsync(StreamReading.Timeout));
    }

    [Fact]
    public async Task Instances_with_different_topic_prefixes_do_not_see_each_others_events()
    {
        await using var otherShop = new RedisInstance(redis.Server.Configuration, $"other-{Guid.NewGuid():N}:");
        await using var stream = await otherShop.Receiver.SubscribeAsync<string>("news");
        await using var events = stream.ReadEventsAsync().GetAsyncEnumerator();

        await _a.Sender.SendAsync("news", "for this shop");
        await otherShop.Sender.SendAsync("news", "for the other shop");

        // Redis delivers in publish order, so the other shop's first event would be ours if prefixes did not separate them.
        Assert.Equal(["for the other shop"], await events.TakeAsync(1));
    }

    [Fact]
    public async Task Local_subscribers_of_a_topic_share_one_redis_subscription_and_each_get_every_event()
    {
        await using var first = await _b.Receiver.SubscribeAsync<Order>("orders");
        await using var second = await _b.Receiver.SubscribeAsync<Order>("orders");
        await using var firstEvents = first.ReadEventsAsync().GetAsyncEnumerator();
        await using var secondEvents = second.ReadEventsAsync().GetAsyncEnumerator();

        await _a.Sender.SendAsync("orders", new Order("1", "CREATED"));
        await _a.Sender.SendAsync("orders", new Order("2", "CREATED"));

        Assert.Equal(["1", "2"], (await firstEvents.TakeAsync(2)).Select(o => o.Id));
        Assert.Equal(["1", "2"], (await secondEvents.TakeAsync(2)).Select(o => o.Id));
        Assert.Equal(1, await SubscriberCountAsync("orders"));
    }

    [Fact]
    public async Task Completing_a_topic_on_one_instance_ends_the_streams_on_another()
    {
        await using var stream = await _b.SubscribeAsync("""subscription { onOrderChanged(orderId: "9") { status } }""");
        await using var events = stream.GetAsyncEnumerator();

        await _a.Sender.SendAsync("OnOrderChanged_9", new Order("9", "DELIVERED"));
        await _a.Sender.CompleteAsync("OnOrderChanged_9");

        Assert.Single(await events.TakeAsync(1));
        Assert.True(await events.EndsAsync());
    }

    [Fact]
    public async Task Disposing_the_last_local_subscriber_unsubscribes_the_channel()
    {
        var first = await _b.Receiver.SubscribeAsync<Order>("leaving");
        var second = await _b.Receiver.SubscribeAsync<Order>("leaving");
        Assert.Equal(1, await SubscriberCountAsync("leaving"));

        await first.DisposeAsync();
        var countWithOneLeft = await SubscriberCountAsync("leaving");
        await second.DisposeAsync();

        Assert.Equal(1, countWithOneLeft);
        await Poll.UntilAsync(async () => await SubscriberCountAsync("leaving") == 0, StreamReading.Timeout, "the channel to be unsubscribed");
        Assert.Equal(0, _b.PubSub.TopicCount);
    }

    [Fact]
    public async Task A_message_that_is_not_json_of_the_subscribers_type_fails_the_reading_with_the_topic_named()
    {
        await using var stream = await _b.Receiver.SubscribeAsync<Order>("garbage");
        await using var events = stream.ReadEventsAsync().GetAsyncEnumerator();

        await _raw.GetSubscriber().PublishAsync(new RedisChannel(_prefix + "garbage", RedisChannel.PatternMode.Literal), "not json");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => events.TakeAsync(1));
        Assert.Contains("topic \"garbage\"", error.Message, StringComparison.Ordinal);
    }

    private async Task<long> SubscriberCountAsync(string topic)
    {
        var server = _raw.GetServer(_raw.GetEndPoints()[0]);
        return await server.SubscriptionSubscriberCountAsync(new RedisChannel(_prefix + topic, RedisChannel.PatternMode.Literal));
    }
}
