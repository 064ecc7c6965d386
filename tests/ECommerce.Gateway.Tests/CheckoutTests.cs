using System.Text.Json;
using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>Checkout through the gateway (Orders calling Products, Inventory and Payments) and the order read back across all of them.</summary>
[Collection(ShopStackCollection.Name)]
public sealed class CheckoutTests(ShopStack shop)
{
    [Fact]
    public async Task Checkout_pays_the_order_reduces_the_stock_and_charges_the_card()
    {
        await ShopActions.SetStockAsync(shop, 31, 10);
        await ShopActions.SetStockAsync(shop, 32, 4);
        var customer = await shop.SignUpAsync();
        await ShopActions.AddToCartAsync(shop, customer.Token, 31, 3);
        await ShopActions.AddToCartAsync(shop, customer.Token, 32, 1);

        var payload = await ShopActions.CheckoutAsync(shop, customer.Token);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var order = payload.GetProperty("order");
        Assert.Equal("PAID", order.GetProperty("status").GetString());
        Assert.Equal("SUCCEEDED", order.GetProperty("payment").GetProperty("status").GetString());
        Assert.Equal(order.GetProperty("total").GetDecimal(), order.GetProperty("payment").GetProperty("amount").GetDecimal());
        Assert.Equal((7, 0), await StockAsync(31));
        Assert.Equal((3, 0), await StockAsync(32));
        var cart = (await shop.Gateway.DataAsync(Operations.Cart, token: customer.Token)).GetProperty("cart");
        Assert.Equal(0, cart.GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task An_order_shows_its_items_products_stock_and_payment_from_four_subgraphs()
    {
        var (customer, orderId) = await ShopActions.PlacePaidOrderAsync(shop, 33, quantity: 2, stock: 9);
        var productName = (await shop.Gateway.DataAsync(Operations.ProductWithInventory, new { id = ShopActions.ProductId(33) })).GetProperty("productById").GetProperty("name").GetString();
        var mark = shop.Requests.Mark();

        var order = (await shop.Gateway.DataAsync(Operations.OrderDetails, new { id = orderId }, customer.Token)).GetProperty("orderById");

        Assert.Equal(orderId, order.GetProperty("id").GetString());
        Assert.Equal("PAID", order.GetProperty("status").GetString());
        var item = Assert.Single(order.GetProperty("items").EnumerateArray());
        Assert.Equal(2, item.GetProperty("quantity").GetInt32());
        Assert.Equal(productName, item.GetProperty("productName").GetString());
        var product = item.GetProperty("product");
        Assert.Equal((productName, "SKU-00033"), (product.GetProperty("name").GetString(), product.GetProperty("sku").GetString()));
        Assert.Equal(7, product.GetProperty("inventory").GetProperty("onHand").GetInt32());
        var payment = order.GetProperty("payment");
        Assert.Equal(("SUCCEEDED", "EUR"), (payment.GetProperty("status").GetString(), payment.GetProperty("currency").GetString()));
        Assert.Equal(order.GetProperty("total").GetDecimal(), payment.GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("failureCode").ValueKind);
        var requests = shop.Requests.Since(mark).Where(r => r.IsFromGateway).ToList();
        Assert.Equal(["inventory", "orders", "payments", "products"], requests.Select(r => r.Subgraph).Order());
    }

    [Fact]
    public async Task A_declined_card_fails_the_order_with_a_typed_error_and_keeps_the_stock()
    {
        await ShopActions.SetStockAsync(shop, 34, 5);
        var customer = await shop.SignUpAsync();
        await ShopActions.AddToCartAsync(shop, customer.Token, 34, 2);

        var payload = await ShopActions.CheckoutAsync(shop, customer.Token, ShopActions.DeclinedCard);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("PaymentDeclinedError", error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("declineCode").GetString()));
        var order = payload.GetProperty("order");
        Assert.Equal("PAYMENT_FAILED", order.GetProperty("status").GetString());
        var readBack = (await shop.Gateway.DataAsync(Operations.OrderDetails, new { id = order.GetProperty("id").GetString() }, customer.Token)).GetProperty("orderById");
        Assert.Equal("PAYMENT_FAILED", readBack.GetProperty("status").GetString());
        Assert.Equal("FAILED", readBack.GetProperty("payment").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(readBack.GetProperty("payment").GetProperty("failureCode").GetString()));
        Assert.Equal((5, 0), await StockAsync(34));
    }

    [Fact]
    public async Task Another_customer_cannot_read_the_order()
    {
        var (_, orderId) = await ShopActions.PlacePaidOrderAsync(shop, 35);
        var stranger = await shop.SignUpAsync();

        var response = await shop.Gateway.PostAsync(Operations.OrderDetails, new { id = orderId }, stranger.Token);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("orderById").ValueKind);
    }

    private async Task<(int OnHand, int Reserved)> StockAsync(int product)
    {
        var inventory = (await shop.Gateway.DataAsync(Operations.ProductWithInventory, new { id = ShopActions.ProductId(product) })).GetProperty("productById").GetProperty("inventory");
        return (inventory.GetProperty("onHand").GetInt32(), inventory.GetProperty("reserved").GetInt32());
    }
}
