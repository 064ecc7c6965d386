using System.Collections.Concurrent;
using System.Text.Json;
using ECommerce.Orders.Model;
using ECommerce.Testing;
using StackExchange.Redis;

namespace ECommerce.Orders.Tests;

public sealed class OutboxTests(PostgresFixture postgres, RedisFixture redis) : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Every_status_change_is_an_outbox_event_that_is_published_to_redis()
    {
        await using var host = await OrdersHost.StartAsync(postgres.Server, redis.Server.Configuration);
        var order = await TestOrders.PlaceAsync(host, Guid.NewGuid());
        await Poll.UntilAsync(async () => (await OutboxRows.ForOrderAsync(host.ConnectionString, order.Id)).All(r => r.Published), Bound, "the first events published");
        using var subscriber = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var received = new ConcurrentQueue<string>();
        await subscriber.GetSubscriber().SubscribeAsync(OrderStatusChangedEvent.Topic(order.Id), (_, message) => received.Enqueue(message!));

        await host.GraphQL.DataAsync(Operations.ShipOrder, new { input = new { orderId = order.Id.ToString() } }, host.AdminToken());

        await Poll.UntilAsync(() => !received.IsEmpty, Bound, "the SHIPPED event on Redis");
        using var message = JsonDocument.Parse(Assert.Single(received));
        Assert.Equal(order.Id.ToString(), message.RootElement.GetProperty("orderId").GetString());
        await Poll.UntilAsync(async () => (await OutboxRows.ForOrderAsync(host.ConnectionString, order.Id)).All(r => r.Published), Bound, "every event marked published");
        Assert.Equal(
            ["Pending", "Paid", "Shipped"],
            (await OutboxRows.ForOrderAsync(host.ConnectionString, order.Id)).Select(r => r.Status));
    }

    [Fact]
    public async Task Events_wait_in_the_outbox_while_redis_is_down_and_are_published_when_it_returns()
    {
        await using var ownRedis = await RedisServer.StartAsync();
        await using var host = await OrdersHost.StartAsync(postgres.Server, ownRedis.Configuration);
        var order = await TestOrders.PlaceAsync(host, Guid.NewGuid());
        await Poll.UntilAsync(async () => (await OutboxRows.ForOrderAsync(host.ConnectionString, order.Id)).All(r => r.Published), Bound, "the first events published");

        await ownRedis.StopAsync();
        var shipped = (await host.GraphQL.DataAsync(Operations.ShipOrder, new { input = new { orderId = order.Id.ToString() } }, host.AdminToken())).GetProperty("shipOrder");
        await Poll.UntilAsync(
            async () => (await OutboxRows.ForOrderAsync(host.ConnectionString, order.Id))[^1] is { Published: false, Attempts: >= 2 },
            Bound,
            "failed attempts to publish the SHIPPED event while Redis is down");
        await ownRedis.RestartAsync();

        Assert.Equal("SHIPPED", shipped.GetProperty("order").GetProperty("status").GetString());
        await Poll.UntilAsync(async () => (await OutboxRows.ForOrderAsync(host.ConnectionString, order.Id)).All(r => r.Published), Bound, "the SHIPPED event published after Redis returned");
    }
}
