using ECommerce.Orders.Model;
using ECommerce.OrderWatch;

namespace ECommerce.Orders.Tests;

/// <summary>The subscription over graphql-transport-ws with the token in <c>connection_init</c>, through the order-watch client's socket client.</summary>
[Collection(OrdersAppCollection.Name)]
public sealed class WebSocketSubscriptionTests(OrdersServerFixture fixture)
{
    [Fact]
    public async Task A_customer_watches_their_order_over_websocket_with_the_token_in_connection_init()
    {
        var userId = Guid.NewGuid();
        var order = await TestOrders.PlaceAsync(fixture.Host, userId);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var socket = new GraphQLSocketClient();
        var endpoint = new UriBuilder(fixture.Host.Address) { Scheme = "ws", Path = "/graphql" }.Uri;
        await socket.ConnectAsync(endpoint, new Dictionary<string, object?> { ["Authorization"] = "Bearer " + fixture.Host.Token(userId) }, timeout.Token);

        var statuses = new List<string>();
        await foreach (var payload in socket.SubscribeAsync(Operations.OrderStatusChanged, new Dictionary<string, object?> { ["orderId"] = order.Id.ToString() }, timeout.Token))
        {
            statuses.Add(payload.GetProperty("data").GetProperty("orderStatusChanged").GetProperty("status").GetString()!);
            if (statuses.Count == 1)
            {
                await fixture.Host.GraphQL.DataAsync(Operations.ShipOrder, new { input = new { orderId = order.Id.ToString() } }, fixture.Host.AdminToken());
            }
            else
            {
                break;
            }
        }

        Assert.Equal(["PAID", "SHIPPED"], statuses);
        Assert.Equal(OrderStatus.Shipped, (await fixture.Host.WithLedgerAsync(l => l.FindAsync(order.Id, CancellationToken.None)))!.Status);
    }
}
