namespace Gql.Subscriptions.Tests;

public sealed class InMemoryPubSubTests
{
    private readonly InMemoryPubSub _pubSub = new();

    [Fact]
    public async Task Every_subscriber_of_a_topic_receives_each_event()
    {
        await using var first = await _pubSub.SubscribeAsync<string>("orders");
        await using var second = await _pubSub.SubscribeAsync<string>("orders");
        await using var firstEvents = first.ReadEventsAsync().GetAsyncEnumerator();
        await using var secondEvents = second.ReadEventsAsync().GetAsyncEnumerator();

        await _pubSub.SendAsync("orders", "created");
        await _pubSub.SendAsync("orders", "paid");

        Assert.Equal(["created", "paid"], await firstEvents.TakeAsync(2));
        Assert.Equal(["created", "paid"], await secondEvents.TakeAsync(2));
    }

    [Fact]
    public async Task A_subscriber_receives_only_the_events_of_its_topic()
    {
        await using var orders = await _pubSub.SubscribeAsync<string>("orders");

        await _pubSub.SendAsync("payments", "captured");
        await _pubSub.SendAsync("orders", "created");
        await _pubSub.CompleteAsync("orders");

        Assert.Equal(["created"], await orders.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public async Task Events_sent_before_anyone_subscribed_are_not_delivered()
    {
        await _pubSub.SendAsync("orders", "early");
        await using var orders = await _pubSub.SubscribeAsync<string>("orders");

        await _pubSub.SendAsync("orders", "late");
        await _pubSub.CompleteAsync("orders");

        Assert.Equal(["late"], await orders.ReadEventsAsync().ToListAsync());
    }

    [Theory]
    [InlineData(TopicBufferFullMode.DropOldest, new[] { 3, 4 })]
    [InlineData(TopicBufferFullMode.DropNewest, new[] { 1, 4 })]
    [InlineData(TopicBufferFullMode.DropWrite, new[] { 1, 2 })]
    public async Task A_full_buffer_loses_events_as_its_overflow_mode_says(TopicBufferFullMode mode, int[] expected)
    {
        await using var slow = await _pubSub.SubscribeAsync<int>("ticks", bufferCapacity: 2, mode);

        for (var tick = 1; tick <= 4; tick++)
        {
            await _pubSub.SendAsync("ticks", tick);
        }

        await _pubSub.CompleteAsync("ticks");

        Assert.Equal(expected, await slow.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public async Task The_default_buffer_is_the_options_capacity_and_drops_the_oldest_events()
    {
        var pubSub = new InMemoryPubSub(new SubscriptionOptions { DefaultBufferCapacity = 3 });
        await using var slow = await pubSub.SubscribeAsync<int>("ticks");

        for (var tick = 1; tick <= 5; tick++)
        {
            await pubSub.SendAsync("ticks", tick);
        }

        await pubSub.CompleteAsync("ticks");

        Assert.Equal([3, 4, 5], await slow.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public void The_default_overflow_mode_is_drop_oldest()
        => Assert.Equal(TopicBufferFullMode.DropOldest, new SubscriptionOptions().DefaultBufferFullMode);

    [Fact]
    public async Task A_slow_subscriber_does_not_hold_back_a_fast_one()
    {
        await using var slow = await _pubSub.SubscribeAsync<int>("ticks", bufferCapacity: 1, TopicBufferFullMode.DropOldest);
        await using var fast = await _pubSub.SubscribeAsync<int>("ticks", bufferCapacity: 10, TopicBufferFullMode.DropOldest);

        for (var tick = 1; tick <= 5; tick++)
        {
            await _pubSub.SendAsync("ticks", tick);
        }

        await _pubSub.CompleteAsync("ticks");

        Assert.Equal([1, 2, 3, 4, 5], await fast.ReadEventsAsync().ToListAsync());
        Assert.Equal([5], await slow.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public async Task Completing_a_topic_ends_every_stream_after_its_buffered_events()
    {
        await using var first = await _pubSub.SubscribeAsync<string>("orders");
        await using var second = await _pubSub.SubscribeAsync<string>("orders");
        await _pubSub.SendAsync("orders", "created");

        await _pubSub.CompleteAsync("orders");

        Assert.Equal(["created"], await first.ReadEventsAsync().ToListAsync());
        Assert.Equal(["created"], await second.ReadEventsAsync().ToListAsync());
        Assert.Equal(0, _pubSub.TopicCount);
    }

    [Fact]
    public async Task A_completed_topic_can_be_subscribed_to_again()
    {
        await using var before = await _pubSub.SubscribeAsync<string>("orders");
        await _pubSub.CompleteAsync("orders");

        await using var after = await _pubSub.SubscribeAsync<string>("orders");
        await using var events = after.ReadEventsAsync().GetAsyncEnumerator();
        await _pubSub.SendAsync("orders", "created");

        Assert.Equal(["created"], await events.TakeAsync(1));
        Assert.Empty(await before.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public async Task Disposing_a_stream_unsubscribes_it_and_ends_its_reading()
    {
        var leaving = await _pubSub.SubscribeAsync<string>("orders");
        await using var staying = await _pubSub.SubscribeAsync<string>("orders");
        await using var leavingEvents = leaving.ReadEventsAsync().GetAsyncEnumerator();
        var pendingRead = leavingEvents.MoveNextAsync();

        await leaving.DisposeAsync();
        await _pubSub.SendAsync("orders", "created");
        await _pubSub.CompleteAsync("orders");

        Assert.False(await pendingRead.AsTask().WaitAsync(StreamReading.Timeout));
        Assert.Equal(["created"], await staying.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public async Task The_last_subscriber_leaving_removes_the_topic()
    {
        var first = await _pubSub.SubscribeAsync<string>("orders");
        var second = await _pubSub.SubscribeAsync<string>("orders");
        Assert.Equal(1, _pubSub.TopicCount);

        await first.DisposeAsync();
        Assert.Equal(1, _pubSub.TopicCount);
        await second.DisposeAsync();

        Assert.Equal(0, _pubSub.TopicCount);
    }

    [Fact]
    public async Task Disposing_a_stream_drops_what_it_had_buffered()
    {
        var stream = await _pubSub.SubscribeAsync<string>("orders");
        await _pubSub.SendAsync("orders", "created");

        await stream.DisposeAsync();

        Assert.Empty(await stream.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public async Task Sending_a_message_a_subscriber_cannot_read_fails_without_delivering_it()
    {
        await using var numbers = await _pubSub.SubscribeAsync<int>("ticks");
        await using var objects = await _pubSub.SubscribeAsync<object>("ticks");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _pubSub.SendAsync("ticks", "not a number").AsTask());
        await _pubSub.CompleteAsync("ticks");

        Assert.Contains("topic \"ticks\"", error.Message, StringComparison.Ordinal);
        Assert.Empty(await objects.ReadEventsAsync().ToListAsync());
    }

    [Fact]
    public async Task A_stream_can_be_read_once()
    {
        await using var stream = await _pubSub.SubscribeAsync<string>("orders");
        _ = stream.ReadEventsAsync();

        Assert.Throws<InvalidOperationException>(() => stream.ReadEventsAsync());
    }

    [Fact]
    public async Task A_buffer_capacity_below_one_is_rejected()
        => await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _pubSub.SubscribeAsync<string>("orders", bufferCapacity: 0, null).AsTask());
}
