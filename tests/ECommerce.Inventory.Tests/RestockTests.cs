namespace ECommerce.Inventory.Tests;

/// <summary>restockReservation: the units of a cancelled or refunded paid order go back on sale, once.</summary>
[Collection(InventoryAppCollection.Name)]
public sealed class RestockTests(InventoryServerFixture fixture)
{
    private InventoryApi Api => fixture.Host.Api;

    [Fact]
    public async Task Restocking_a_committed_reservation_puts_the_units_back_on_hand()
    {
        var productId = await Api.NewProductAsync(10);
        var otherProductId = await Api.NewProductAsync(4);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 3), (otherProductId, 4)));
        InventoryApi.AssertNoErrors(await Api.CommitAsync(orderId));

        var restocked = await Api.RestockAsync(orderId);

        InventoryApi.AssertNoErrors(restocked);
        Assert.Equal("RESTOCKED", restocked.GetProperty("reservation").GetProperty("status").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 0, available: 10);
        InventoryApi.AssertLevel(await Api.LevelAsync(otherProductId), onHand: 4, reserved: 0, available: 4);
    }

    [Fact]
    public async Task A_repeated_restock_returns_the_same_reservation_and_adds_nothing_more()
    {
        var productId = await Api.NewProductAsync(10);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 3)));
        InventoryApi.AssertNoErrors(await Api.CommitAsync(orderId));

        var first = await Api.RestockAsync(orderId);
        var repeat = await Api.RestockAsync(orderId);

        InventoryApi.AssertNoErrors(first);
        Assert.Equal(first.GetRawText(), repeat.GetRawText());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 0, available: 10);
    }

    [Fact]
    public async Task Concurrent_restocks_of_one_order_add_the_units_once()
    {
        var productId = await Api.NewProductAsync(20);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 5)));
        InventoryApi.AssertNoErrors(await Api.CommitAsync(orderId));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.RestockAsync(orderId)));

        Assert.All(results, InventoryApi.AssertNoErrors);
        Assert.All(results, r => Assert.Equal("RESTOCKED", r.GetProperty("reservation").GetProperty("status").GetString()));
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 20, reserved: 0, available: 20);
    }

    [Fact]
    public async Task Restocking_a_reservation_that_was_never_committed_releases_it()
    {
        var productId = await Api.NewProductAsync(6);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 6)));

        var restocked = await Api.RestockAsync(orderId);
        var repeat = await Api.RestockAsync(orderId);

        InventoryApi.AssertNoErrors(restocked);
        Assert.Equal("RELEASED", restocked.GetProperty("reservation").GetProperty("status").GetString());
        Assert.Equal(restocked.GetRawText(), repeat.GetRawText());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 6, reserved: 0, available: 6);
    }

    [Fact]
    public async Task A_restocked_reservation_cannot_be_committed_or_released_again()
    {
        var productId = await Api.NewProductAsync(10);
        var orderId = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(orderId, (productId, 2)));
        InventoryApi.AssertNoErrors(await Api.CommitAsync(orderId));
        InventoryApi.AssertNoErrors(await Api.RestockAsync(orderId));

        var commit = await Api.CommitAsync(orderId);
        var release = await Api.ReleaseAsync(orderId);

        Assert.Equal("RESTOCKED", InventoryApi.SingleError(commit).GetProperty("status").GetString());
        Assert.Equal("RESTOCKED", InventoryApi.SingleError(release).GetProperty("status").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 0, available: 10);
    }

    [Fact]
    public async Task An_order_without_a_reservation_is_ReservationNotFoundError()
    {
        var orderId = Guid.NewGuid();

        var restocked = await Api.RestockAsync(orderId);

        var error = InventoryApi.SingleError(restocked);
        Assert.Equal("ReservationNotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal(orderId.ToString(), error.GetProperty("orderId").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, restocked.GetProperty("reservation").ValueKind);
    }
}
