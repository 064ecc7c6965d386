using System.Text.Json;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Shop.Testing;
using ECommerce.Testing;

namespace ECommerce.Orders.Tests;

[Collection(OrdersAppCollection.Name)]
public sealed class SubscriptionTests(OrdersServerFixture fixture)
{
    [Fact]
    public async Task The_customer_gets_the_current_status_first_then_every_change()
    {
        var userId = Guid.NewGuid();
        var order = await TestOrders.PlaceAsync(fixture.Host, userId);
        var admin = fixture.Host.AdminToken();
        await using var subscription = await SseSubscription.StartAsync(fixture.Host.Http, Operations.OrderStatusChanged, new { orderId = order.Id.ToString() }, fixture.Host.Token(userId));

        var current = await subscription.NextAsync();
        await fixture.Host.GraphQL.DataAsync(Operations.ShipOrder, new { input = new { orderId = order.Id.ToString() } }, admin);
        var shipped = await subscription.NextAsync();
        await fixture.Host.GraphQL.DataAsync(Operations.DeliverOrder, new { input = new { orderId = order.Id.ToString() } }, admin);
        var delivered = await subscription.NextAsync();

        Assert.Equal(("PAID", "PENDING"), Change(current));
        Assert.Equal(order.Id.ToString(), Event(current).GetProperty("orderId").GetString());
        Assert.Equal(("SHIPPED", "PAID"), Change(shipped));
        Assert.Equal(("DELIVERED", "SHIPPED"), Change(delivered));
    }

    [Fact]
    public async Task Each_event_carries_the_order_as_it_is_after_the_change()
    {
        var userId = Guid.NewGuid();
        var order = await TestOrders.PlaceAsync(fixture.Host, userId, OrderStatus.Paid, (3, 2, 12.50m), (7, 1, 4.00m));
        const string withOrder = "subscription($orderId: ID!) { orderStatusChanged(orderId: $orderId) { status order { id status total statusHistory { status } items { productName quantity product { id } } } } }";
        var admin = fixture.Host.AdminToken();
        await using var subscription = await SseSubscription.StartAsync(fixture.Host.Http, withOrder, new { orderId = order.Id.ToString() }, fixture.Host.Token(userId));

        var current = Event(await subscription.NextAsync());
        await fixture.Host.GraphQL.DataAsync(Operations.ShipOrder, new { input = new { orderId = order.Id.ToString() } }, admin);
        var shipped = Event(await subscription.NextAsync());
        await fixture.Host.GraphQL.DataAsync(Operations.DeliverOrder, new { input = new { orderId = order.Id.ToString() } }, admin);
        var delivered = Event(await subscription.NextAsync());

        var placed = current.GetProperty("order");
        Assert.Equal(order.Id.ToString(), placed.GetProperty("id").GetString());
        Assert.Equal(29.00m, placed.GetProperty("total").GetDecimal());
        Assert.Equal(
            [("Product 3", 2, SeedCatalog.ProductId(3).ToString()), ("Product 7", 1, SeedCatalog.ProductId(7).ToString())],
            placed.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("productName").GetString(), i.GetProperty("quantity").GetInt32(), i.GetProperty("product").GetProperty("id").GetString())));
        Assert.Equal("event PAID, order PAID, history PENDING PAID", OrderAsDelivered(current));
        Assert.Equal("event SHIPPED, order SHIPPED, history PENDING PAID SHIPPED", OrderAsDelivered(shipped));
        Assert.Equal("event DELIVERED, order DELIVERED, history PENDING PAID SHIPPED DELIVERED", OrderAsDelivered(delivered));
    }

    [Fact]
    public async Task An_admin_may_watch_any_order()
    {
        var order = await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid(), OrderStatus.Shipped);
        await using var subscription = await SseSubscription.StartAsync(fixture.Host.Http, Operations.OrderStatusChanged, new { orderId = order.Id.ToString() }, fixture.Host.AdminToken());

        var current = await subscription.NextAsync();

        Assert.Equal(("SHIPPED", "PAID"), Change(current));
    }

    [Fact]
    public async Task Another_customer_or_an_anonymous_caller_cannot_watch_an_order()
    {
        var order = await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid());

        await using var stranger = await SseSubscription.StartAsync(fixture.Host.Http, Operations.OrderStatusChanged, new { orderId = order.Id.ToString() }, fixture.Host.Token(Guid.NewGuid()));
        await using var anonymous = await SseSubscription.StartAsync(fixture.Host.Http, Operations.OrderStatusChanged, new { orderId = order.Id.ToString() }, token: null);
        var refused = await stranger.NextAsync();
        var unauthenticated = await anonymous.NextAsync();

        Assert.Equal(["ORDER_NOT_FOUND"], SubgraphClient.ErrorCodes(refused!.Value));
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], SubgraphClient.ErrorCodes(unauthenticated!.Value));
        Assert.DoesNotContain("PAID", refused.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Null(await stranger.NextAsync());
    }

    private static JsonElement Event(JsonElement? result)
    {
        Assert.NotNull(result);
        Assert.False(result.Value.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText());
        return result.Value.GetProperty("data").GetProperty("orderStatusChanged");
    }

    /// <summary>The event's status, and its order's status and history as the event carried them.</summary>
    private static string OrderAsDelivered(JsonElement change)
    {
        var order = change.GetProperty("order");
        var history = order.GetProperty("statusHistory").EnumerateArray().Select(c => c.GetProperty("status").GetString());
        return $"event {change.GetProperty("status").GetString()}, order {order.GetProperty("status").GetString()}, history {string.Join(' ', history)}";
    }

    private static (string?, string?) Change(JsonElement? result)
    {
        var change = Event(result);
        return (change.GetProperty("status").GetString(), change.GetProperty("previousStatus").GetString());
    }
}
