using System.Text.Json;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class AdminStockTests(InventoryServerFixture fixture)
{
    private InventoryApi Api => fixture.Host.Api;

    [Fact]
    public async Task Set_stock_creates_and_replaces_the_level_and_returns_the_product()
    {
        var productId = Guid.NewGuid();

        var created = await Api.SetStockAsync(productId, 30);
        var replaced = await Api.SetStockAsync(productId, 8, lowStockThreshold: 5);

        InventoryApi.AssertNoErrors(created);
        var product = created.GetProperty("product");
        Assert.Equal(productId.ToString(), product.GetProperty("id").GetString());
        Assert.True(product.GetProperty("inStock").GetBoolean());
        InventoryApi.AssertLevel(product.GetProperty("inventory"), onHand: 30, reserved: 0, available: 30);
        Assert.Equal(10, product.GetProperty("inventory").GetProperty("lowStockThreshold").GetInt32());
        var level = replaced.GetProperty("product").GetProperty("inventory");
        InventoryApi.AssertLevel(level, onHand: 8, reserved: 0, available: 8);
        Assert.Equal(5, level.GetProperty("lowStockThreshold").GetInt32());
        Assert.False(level.GetProperty("lowStock").GetBoolean());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 8, reserved: 0, available: 8);
    }

    [Fact]
    public async Task Low_stock_follows_available_units_against_the_threshold()
    {
        var productId = await Api.NewProductAsync(12);
        var before = await Api.LevelAsync(productId);
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(Guid.NewGuid(), (productId, 2)));

        var after = await Api.LevelAsync(productId);

        Assert.False(before.GetProperty("lowStock").GetBoolean());
        Assert.True(after.GetProperty("lowStock").GetBoolean());
        Assert.Equal(10, after.GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task Set_stock_below_what_is_reserved_is_refused()
    {
        var productId = await Api.NewProductAsync(10);
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(Guid.NewGuid(), (productId, 6)));

        var payload = await Api.SetStockAsync(productId, 5);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("product").ValueKind);
        var error = InventoryApi.SingleError(payload);
        Assert.Equal("StockBelowReservedError", error.GetProperty("__typename").GetString());
        Assert.Equal(productId.ToString(), error.GetProperty("productId").GetString());
        Assert.Equal(5, error.GetProperty("requestedOnHand").GetInt32());
        Assert.Equal(6, error.GetProperty("reserved").GetInt32());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 6, available: 4);
    }

    [Fact]
    public async Task Adjust_stock_adds_and_removes_units()
    {
        var productId = await Api.NewProductAsync(10);

        var delivered = await Api.AdjustStockAsync(productId, 15);
        var damaged = await Api.AdjustStockAsync(productId, -5);
        var fresh = await Api.AdjustStockAsync(Guid.NewGuid(), 3);

        InventoryApi.AssertNoErrors(delivered);
        InventoryApi.AssertLevel(delivered.GetProperty("product").GetProperty("inventory"), onHand: 25, reserved: 0, available: 25);
        InventoryApi.AssertLevel(damaged.GetProperty("product").GetProperty("inventory"), onHand: 20, reserved: 0, available: 20);
        InventoryApi.AssertLevel(fresh.GetProperty("product").GetProperty("inventory"), onHand: 3, reserved: 0, available: 3);
    }

    [Fact]
    public async Task Adjust_stock_below_zero_or_below_reserved_is_refused()
    {
        var productId = await Api.NewProductAsync(10);
        var unstocked = Guid.NewGuid();
        InventoryApi.AssertNoErrors(await Api.ReserveAsync(Guid.NewGuid(), (productId, 4)));

        var belowReserved = await Api.AdjustStockAsync(productId, -7);
        var negative = await Api.AdjustStockAsync(productId, -11);
        var negativeWithoutRow = await Api.AdjustStockAsync(unstocked, -1);

        var reservedError = InventoryApi.SingleError(belowReserved);
        Assert.Equal("StockBelowReservedError", reservedError.GetProperty("__typename").GetString());
        Assert.Equal(3, reservedError.GetProperty("requestedOnHand").GetInt32());
        Assert.Equal(4, reservedError.GetProperty("reserved").GetInt32());
        var negativeError = InventoryApi.SingleError(negative);
        Assert.Equal("NegativeStockError", negativeError.GetProperty("__typename").GetString());
        Assert.Equal(10, negativeError.GetProperty("onHand").GetInt32());
        Assert.Equal(-11, negativeError.GetProperty("delta").GetInt32());
        Assert.Equal("NegativeStockError", InventoryApi.SingleError(negativeWithoutRow).GetProperty("__typename").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 4, available: 6);
        InventoryApi.AssertLevel(await Api.LevelAsync(unstocked), onHand: 0, reserved: 0, available: 0);
    }

    [Fact]
    public async Task Invalid_admin_input_is_an_InvalidInputError_and_changes_nothing()
    {
        var productId = await Api.NewProductAsync(10);

        var negative = await Api.SetStockAsync(productId, -1);
        var badThreshold = await Api.SetStockAsync(productId, 5, lowStockThreshold: -3);
        var tooMuch = await Api.AdjustStockAsync(productId, 1_000_000_000);
        var badId = (await fixture.Host.GraphQL.DataAsync(Operations.SetStock, new { input = new { productId = "not-a-uuid", onHand = 1 } }, Api.AdminToken)).GetProperty("setStock");

        Assert.Equal("onHand", InventoryApi.SingleError(negative).GetProperty("field").GetString());
        Assert.Equal("lowStockThreshold", InventoryApi.SingleError(badThreshold).GetProperty("field").GetString());
        Assert.Equal("delta", InventoryApi.SingleError(tooMuch).GetProperty("field").GetString());
        Assert.Equal("productId", InventoryApi.SingleError(badId).GetProperty("field").GetString());
        InventoryApi.AssertLevel(await Api.LevelAsync(productId), onHand: 10, reserved: 0, available: 10);
    }
}
