using System.Text.Json;
using ECommerce.OrderWatch;
using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>
/// orderStatusChanged through the gateway over both transports: the current status first, then
/// SHIPPED after the admin ships the order; each event carries the order with its product names
/// (Products), stock (Inventory) and payment (Payments).
/// </summary>
[Collection(ShopStackCollection.Name)]
public sealed class SubscriptionTests(ShopStack shop)
{
    [Fact]
    public async Task Over_websocket_the_customer_sees_paid_then_shipped_with_fields_from_other_subgraphs()
    {
        var (customer, orderId) = await ShopActions.PlacePaidOrderAsync(shop, 51, quantity: 2, stock: 8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var socket = new GraphQLSocketClient();
        await socket.ConnectAsync(shop.GatewaySocketUrl, new Dictionary<string, object?> { ["Authorization"] = "Bearer " + customer.Token }, timeout.Token);

        var events = new List<JsonElement>();
        await foreach (var payload in socket.SubscribeAsync(Operations.OrderStatusChanged, new Dictionary<string, object?> { ["orderId"] = orderId }, timeout.Token))
        {
            events.Add(payload);
            if (events.Count == 1)
            {
                await ShipAsync(orderId);
            }
            else
            {
                break;
            }
        }

        AssertPaidThenShipped(events, orderId, expectedOnHand: 6);
    }

    [Fact]
    public async Task Over_sse_the_customer_sees_paid_then_shipped_with_fields_from_other_subgraphs()
    {
        var (customer, orderId) = await ShopActions.PlacePaidOrderAsync(shop, 52, quantity: 3, stock: 8);
        await using var subscription = await SseSubscription.StartAsync(shop.Http, Operations.OrderStatusChanged, new { orderId }, customer.Token, shop.GatewayUrl);

        var first = await subscription.NextAsync() ?? throw new InvalidOperationException("the stream ended before the first event");
        await ShipAsync(orderId);
        var second = await subscription.NextAsync() ?? throw new InvalidOperationException("the stream ended before the second event");

        AssertPaidThenShipped([first, second], orderId, expectedOnHand: 5);
    }

    [Fact]
    public async Task Someone_elses_order_cannot_be_watched()
    {
        var (_, orderId) = await ShopActions.PlacePaidOrderAsync(shop, 53);
        var stranger = await shop.SignUpAsync();
        await using var subscription = await SseSubscription.StartAsync(shop.Http, Operations.OrderStatusChanged, new { orderId }, stranger.Token, shop.GatewayUrl);

        var result = await subscription.NextAsync() ?? throw new InvalidOperationException("the stream ended without a result");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("ORDER_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task ShipAsync(string orderId)
    {
        var payload = (await shop.Gateway.DataAsync(Operations.ShipOrder, new { input = new { orderId } }, await shop.AdminTokenAsync())).GetProperty("shipOrder");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
    }

    private static void AssertPaidThenShipped(IReadOnlyList<JsonElement> results, string orderId, int expectedOnHand)
    {
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.False(r.TryGetProperty("errors", out _), r.GetRawText()));
        var events = results.Select(r => r.GetProperty("data").GetProperty("orderStatusChanged")).ToList();
        Assert.Equal(["PAID", "SHIPPED"], events.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal("PAID", events[1].GetProperty("previousStatus").GetString());
        Assert.All(events, e =>
        {
            Assert.Equal(orderId, e.GetProperty("orderId").GetString());
            var order = e.GetProperty("order");
            Assert.Equal(e.GetProperty("status").GetString(), order.GetProperty("status").GetString());
            Assert.Equal(e.GetProperty("status").GetString(), order.GetProperty("statusHistory").EnumerateArray().Last().GetProperty("status").GetString());
            Assert.Equal("SUCCEEDED", order.GetProperty("payment").GetProperty("status").GetString());
            var product = order.GetProperty("items")[0].GetProperty("product");
            Assert.False(string.IsNullOrEmpty(product.GetProperty("name").GetString()));
            Assert.Equal(expectedOnHand, product.GetProperty("inventory").GetProperty("onHand").GetInt32());
        });
    }
}
