using System.Net;
using System.Text.Json;
using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>Admin views through the gateway (Orders' orders and salesSummary, Inventory's setStock) and customers refused from them.</summary>
[Collection(ShopStackCollection.Name)]
public sealed class AdminTests(ShopStack shop)
{
    [Fact]
    public async Task The_admin_lists_orders_with_their_products_and_payments()
    {
        var (customer, orderId) = await ShopActions.PlacePaidOrderAsync(shop, 41, quantity: 2);
        var admin = await shop.AdminTokenAsync();

        var orders = (await shop.Gateway.DataAsync(Operations.AdminOrders, new { first = 5, where = new { id = new { eq = orderId } } }, admin)).GetProperty("orders");

        Assert.Equal(1, orders.GetProperty("totalCount").GetInt32());
        var order = Assert.Single(orders.GetProperty("nodes").EnumerateArray());
        Assert.Equal((customer.Id, "PAID"), (order.GetProperty("userId").GetString(), order.GetProperty("status").GetString()));
        Assert.False(string.IsNullOrEmpty(order.GetProperty("items")[0].GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal("SUCCEEDED", order.GetProperty("payment").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_sales_summary_counts_a_new_paid_order_and_names_its_product()
    {
        var admin = await shop.AdminTokenAsync();
        var from = DateTimeOffset.UtcNow.AddMinutes(-10);
        var to = DateTimeOffset.UtcNow.AddMinutes(10);
        var before = (await shop.Gateway.DataAsync(Operations.SalesSummary, new { from, to }, admin)).GetProperty("salesSummary");

        await ShopActions.PlacePaidOrderAsync(shop, 420, quantity: 40, stock: 50);
        var after = (await shop.Gateway.DataAsync(Operations.SalesSummary, new { from, to }, admin)).GetProperty("salesSummary");

        Assert.Equal(before.GetProperty("orderCount").GetInt32() + 1, after.GetProperty("orderCount").GetInt32());
        Assert.True(after.GetProperty("revenue").GetDecimal() > before.GetProperty("revenue").GetDecimal());
        Assert.Equal("EUR", after.GetProperty("currency").GetString());
        // Product 420 is outside the products other tests of the collection sell (the request-counting
        // orders use 1-240); its line is still compared with what it was before.
        var line = Assert.Single(TopProductLines(after, "SKU-00420"));
        var soldBefore = TopProductLines(before, "SKU-00420").Sum(previous => previous.GetProperty("quantity").GetInt32());
        Assert.Equal(soldBefore + 40, line.GetProperty("quantity").GetInt32());
        Assert.False(string.IsNullOrEmpty(line.GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(10, line.GetProperty("product").GetProperty("inventory").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task The_admin_sets_stock_and_the_product_shows_it()
    {
        var admin = await shop.AdminTokenAsync();

        var payload = (await shop.Gateway.DataAsync(Operations.SetStock, new { input = new { productId = ShopActions.ProductId(43), onHand = 17 } }, admin)).GetProperty("setStock");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var product = payload.GetProperty("product");
        Assert.False(string.IsNullOrEmpty(product.GetProperty("name").GetString()));
        Assert.Equal(17, product.GetProperty("inventory").GetProperty("onHand").GetInt32());
        var readBack = (await shop.Gateway.DataAsync(Operations.ProductWithInventory, new { id = ShopActions.ProductId(43) })).GetProperty("productById");
        Assert.Equal(17, readBack.GetProperty("inventory").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task A_customer_is_refused_the_admin_views()
    {
        var customer = await shop.CustomerTokenAsync();
        await ShopActions.SetStockAsync(shop, 44, 6);
        var now = DateTimeOffset.UtcNow;

        var orders = await shop.Gateway.PostAsync(Operations.AdminOrders, new { first = 5 }, customer);
        var summary = await shop.Gateway.PostAsync(Operations.SalesSummary, new { from = now.AddDays(-1), to = now }, customer);
        var setStock = await shop.Gateway.PostAsync(Operations.SetStock, new { input = new { productId = ShopActions.ProductId(44), onHand = 999 } }, customer);

        foreach (var response in new[] { orders, summary, setStock })
        {
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        }

        Assert.Equal(JsonValueKind.Null, orders.Data.GetProperty("orders").ValueKind);
        Assert.Equal(JsonValueKind.Null, summary.Data.GetProperty("salesSummary").ValueKind);
        var stock = (await shop.Gateway.DataAsync(Operations.ProductWithInventory, new { id = ShopActions.ProductId(44) })).GetProperty("productById").GetProperty("inventory");
        Assert.Equal(6, stock.GetProperty("onHand").GetInt32());
    }

    private static IEnumerable<JsonElement> TopProductLines(JsonElement summary, string sku)
        => summary.GetProperty("topProducts").EnumerateArray().Where(line => line.GetProperty("sku").GetString() == sku);
}
