using System.Text.Json;
using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using ECommerce.Testing;

namespace ECommerce.Orders.Tests;

[Collection(OrdersAppCollection.Name)]
public sealed class StatusMachineTests(OrdersServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task A_paid_order_is_shipped_then_delivered_and_each_change_is_in_the_history()
    {
        var order = await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid());
        var admin = fixture.Host.AdminToken();

        var shipped = (await Client.DataAsync(Operations.ShipOrder, new { input = new { orderId = order.Id.ToString(), trackingNumber = "DHL-123" } }, admin)).GetProperty("shipOrder");
        var delivered = (await Client.DataAsync(Operations.DeliverOrder, new { input = new { orderId = order.Id.ToString() } }, admin)).GetProperty("deliverOrder");
        var history = await HistoryAsync(order.Id);

        Assert.Equal("SHIPPED", shipped.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("shipped, tracking number DHL-123", shipped.GetProperty("order").GetProperty("statusHistory").EnumerateArray().Last().GetProperty("reason").GetString());
        Assert.Equal("DELIVERED", delivered.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(["PENDING", "PAID", "SHIPPED", "DELIVERED"], history);
    }

    [Theory]
    [InlineData(OrderStatus.Pending, "shipOrder", "SHIPPED")]
    [InlineData(OrderStatus.PaymentFailed, "shipOrder", "SHIPPED")]
    [InlineData(OrderStatus.Paid, "deliverOrder", "DELIVERED")]
    [InlineData(OrderStatus.Shipped, "cancelOrder", "CANCELLED")]
    [InlineData(OrderStatus.Delivered, "shipOrder", "SHIPPED")]
    [InlineData(OrderStatus.Cancelled, "refundOrder", "REFUNDED")]
    [InlineData(OrderStatus.Refunded, "deliverOrder", "DELIVERED")]
    [InlineData(OrderStatus.Pending, "refundOrder", "REFUNDED")]
    public async Task An_illegal_transition_is_a_typed_error_and_changes_nothing(OrderStatus current, string mutation, string requested)
    {
        var order = await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid(), current);
        var before = await HistoryAsync(order.Id);

        var payload = (await Client.DataAsync(Document(mutation), new { input = new { orderId = order.Id.ToString() } }, fixture.Host.AdminToken())).GetProperty(mutation);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidStatusTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal(OrderStatusRules.Name(current), error.GetProperty("currentStatus").GetString());
        Assert.Equal(requested, error.GetProperty("requestedStatus").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("order").ValueKind);
        Assert.Equal(before, await HistoryAsync(order.Id));
    }

    [Fact]
    public async Task An_unknown_order_is_a_typed_error()
    {
        var payload = (await Client.DataAsync(Operations.ShipOrder, new { input = new { orderId = Guid.NewGuid().ToString() } }, fixture.Host.AdminToken())).GetProperty("shipOrder");

        Assert.Equal("OrderNotFoundError", Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Concurrent_changes_of_one_order_apply_once()
    {
        var order = await TestOrders.PlaceAsync(fixture.Host, Guid.NewGuid());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => fixture.Host.WithLedgerAsync(
            ledger => ledger.ChangeStatusAsync(order.Id, OrderStatus.Shipped, "race", CancellationToken.None))));

        Assert.Single(outcomes, o => o.Result == StatusChangeResult.Changed);
        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        Assert.Equal(["PENDING", "PAID", "SHIPPED"], await HistoryAsync(order.Id));
    }

    [Fact]
    public void The_status_machine_allows_exactly_the_documented_changes()
    {
        var allowed = Enum.GetValues<OrderStatus>()
            .SelectMany(from => Enum.GetValues<OrderStatus>().Where(to => OrderStatusRules.CanChange(from, to)).Select(to => $"{from}->{to}"))
            .ToHashSet();

        Assert.Equal(
            new HashSet<string>
            {
                "Pending->Paid", "Pending->PaymentFailed", "Pending->Cancelled",
                "Paid->Shipped", "Paid->Cancelled", "Paid->Refunded",
                "Shipped->Delivered", "Shipped->Refunded",
                "Delivered->Refunded",
            },
            allowed);
    }

    private static string Document(string mutation) => mutation switch
    {
        "shipOrder" => Operations.ShipOrder,
        "deliverOrder" => Operations.DeliverOrder,
        "cancelOrder" => Operations.CancelOrder,
        _ => Operations.RefundOrder,
    };

    private async Task<string[]> HistoryAsync(Guid orderId)
    {
        var order = (await Client.DataAsync(Operations.OrderById, new { id = orderId.ToString() }, fixture.Host.AdminToken())).GetProperty("orderById");
        return order.GetProperty("statusHistory").EnumerateArray().Select(c => c.GetProperty("status").GetString()!).ToArray();
    }
}
