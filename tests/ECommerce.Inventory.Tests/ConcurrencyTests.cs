using System.Text.Json;
using Npgsql;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class ConcurrencyTests(InventoryServerFixture fixture)
{
    private InventoryApi Api => fixture.Host.Api;

    [Fact]
    public async Task Two_hundred_buyers_of_fifty_units_get_exactly_fifty_and_stock_never_goes_negative()
    {
        var productId = await Api.NewProductAsync(50);
        var observed = new List<int>();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                observed.Add((await Api.LevelAsync(productId)).GetProperty("available").GetInt32());
            }
        });

        var payloads = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Api.ReserveAsync(Guid.NewGuid(), (productId, 1))));
        await stop.CancelAsync();
        await sampler;

        var reserved = payloads.Where(p => p.GetProperty("reservation").ValueKind == JsonValueKind.Object).ToList();
        var refused = payloads.Where(p => p.GetProperty("reservation").ValueKind == JsonValueKind.Null).ToList();
        Assert.Equal(50, reserved.Count);
        Assert.All(reserved, InventoryApi.AssertNoErrors);
        Assert.Equal(150, refused.Count);
        Assert.All(refused, p => Assert.Equal("InsufficientStockError", InventoryApi.SingleError(p).GetProperty("__typename").GetString()));
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 50, reserved: 50, available: 0);
        Assert.Equal(50, await ReservedInLinesAsync(productId));
        Assert.NotEmpty(observed);
        Assert.All(observed, available => Assert.InRange(available, 0, 50));
        Assert.Equal(observed.OrderDescending(), observed);
    }

    [Fact]
    public async Task Concurrent_multi_line_orders_are_all_or_nothing_on_the_scarce_product()
    {
        var scarce = await Api.NewProductAsync(10);
        var plenty = await Api.NewProductAsync(100);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Api.ReserveAsync(Guid.NewGuid(), (plenty, 1), (scarce, 1))));

        Assert.Equal(10, payloads.Count(p => p.GetProperty("reservation").ValueKind == JsonValueKind.Object));
        InventoryApi.AssertLevel(await Api.LevelAsync(scarce), onHand: 10, reserved: 10, available: 0);
        InventoryApi.AssertLevel(await Api.LevelAsync(plenty), onHand: 100, reserved: 10, available: 90);
    }

    [Fact]
    public async Task Orders_naming_the_same_products_in_opposite_orders_do_not_deadlock()
    {
        var first = await Api.NewProductAsync(100);
        var second = await Api.NewProductAsync(100);
        var orders = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();

        var reservations = await Task.WhenAll(orders.Select((orderId, i) => i % 2 == 0
            ? Api.ReserveAsync(orderId, (first, 1), (second, 2))
            : Api.ReserveAsync(orderId, (second, 2), (first, 1))));
        var finished = await Task.WhenAll(orders.Select((orderId, i) => i % 2 == 0 ? Api.CommitAsync(orderId) : Api.ReleaseAsync(orderId)));

        Assert.All(reservations, InventoryApi.AssertNoErrors);
        Assert.All(finished, InventoryApi.AssertNoErrors);
        InventoryApi.AssertLevel(await Api.LevelAsync(first), onHand: 80, reserved: 0, available: 80);
        InventoryApi.AssertLevel(await Api.LevelAsync(second), onHand: 60, reserved: 0, available: 60);
    }

    [Fact]
    public async Task An_admin_lowering_stock_during_a_rush_never_goes_below_what_is_reserved()
    {
        var productId = await Api.NewProductAsync(40);

        var reserving = Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Api.ReserveAsync(Guid.NewGuid(), (productId, 1))));
        var lowering = Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Api.AdjustStockAsync(productId, -2)));
        var reservations = await reserving;
        var adjustments = await lowering;

        var reservedCount = reservations.Count(p => p.GetProperty("reservation").ValueKind == JsonValueKind.Object);
        var removed = 2 * adjustments.Count(p => p.GetProperty("product").ValueKind == JsonValueKind.Object);
        Assert.All(
            adjustments.Where(p => p.GetProperty("product").ValueKind == JsonValueKind.Null),
            p => Assert.Equal("StockBelowReservedError", InventoryApi.SingleError(p).GetProperty("__typename").GetString()));
        Assert.Equal(40, reservedCount + removed);
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 40 - removed, reserved: reservedCount, available: 0);
    }

    private async Task<long> ReservedInLinesAsync(Guid productId)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(sum(l.quantity), 0) FROM reservation_lines l JOIN reservations r USING (order_id) WHERE l.product_id = @product_id AND r.status = 'RESERVED'",
            connection);
        command.Parameters.AddWithValue("product_id", productId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
