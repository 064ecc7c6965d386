using ECommerce.Inventory;
using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Orders.Tests;

/// <summary>Orders' reservation calls against the real Inventory app.</summary>
public sealed class CancelWithInventoryTests(PostgresFixture postgres, RedisFixture redis) : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Cancelling_a_pending_order_releases_its_reservation_in_inventory()
    {
        await using var inventory = await ServiceApp.StartAsync("Inventory", InventoryApp.Build, InventoryApp.InitializeAsync, postgres.Server);
        await using var host = await OrdersHost.StartAsync(postgres.Server, redis.Server.Configuration, builder =>
            builder.Configuration["ECOMMERCE_INVENTORY_URL"] = inventory.Endpoint.ToString());
        var product = SeedCatalog.ProductId(17);
        var admin = inventory.Services.GetRequiredService<JwtTokenService>().CreateToken(Guid.NewGuid().ToString(), [Roles.Admin]);
        await inventory.GraphQL.DataAsync("mutation($input: SetStockInput!) { setStock(input: $input) { errors { __typename } } }", new { input = new { productId = product.ToString(), onHand = 10 } }, admin);
        var order = await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Pending, (17, 3, 5m));
        var shortages = await host.Services.GetRequiredService<InventoryClient>().ReserveAsync(order.Id, [new ReservationLine(product, 3)], CancellationToken.None);
        var reserved = await StockAsync(inventory, product);

        var cancelled = (await host.GraphQL.DataAsync(Operations.CancelOrder, new { input = new { orderId = order.Id.ToString(), reason = "changed my mind" } }, host.AdminToken())).GetProperty("cancelOrder");

        Assert.Empty(shortages);
        Assert.Equal((10, 3), reserved);
        Assert.Equal("CANCELLED", cancelled.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal((10, 0), await StockAsync(inventory, product));
    }

    [Fact]
    public async Task A_reservation_larger_than_the_stock_comes_back_as_shortages_and_reserves_nothing()
    {
        await using var inventory = await ServiceApp.StartAsync("Inventory", InventoryApp.Build, InventoryApp.InitializeAsync, postgres.Server);
        await using var host = await OrdersHost.StartAsync(postgres.Server, redis.Server.Configuration, builder =>
            builder.Configuration["ECOMMERCE_INVENTORY_URL"] = inventory.Endpoint.ToString());
        var (plenty, scarce) = (SeedCatalog.ProductId(18), SeedCatalog.ProductId(19));
        var admin = inventory.Services.GetRequiredService<JwtTokenService>().CreateToken(Guid.NewGuid().ToString(), [Roles.Admin]);
        foreach (var (product, onHand) in new[] { (plenty, 10), (scarce, 1) })
        {
            await inventory.GraphQL.DataAsync("mutation($input: SetStockInput!) { setStock(input: $input) { errors { __typename } } }", new { input = new { productId = product.ToString(), onHand } }, admin);
        }

        var shortages = await host.Services.GetRequiredService<InventoryClient>().ReserveAsync(Guid.NewGuid(), [new ReservationLine(plenty, 2), new ReservationLine(scarce, 2)], CancellationToken.None);

        Assert.Equal([new StockShortage(scarce, 2, 1)], shortages);
        Assert.Equal((10, 0), await StockAsync(inventory, plenty));
    }

    private static async Task<(int OnHand, int Reserved)> StockAsync(ServiceApp inventory, Guid productId)
    {
        var token = inventory.Services.GetRequiredService<JwtTokenService>().CreateServiceToken("orders-tests");
        var level = (await inventory.GraphQL.DataAsync("query($id: ID!) { productById(id: $id) { inventory { onHand reserved } } }", new { id = productId.ToString() }, token))
            .GetProperty("productById").GetProperty("inventory");
        return (level.GetProperty("onHand").GetInt32(), level.GetProperty("reserved").GetInt32());
    }
}
