using System.Text.Json;
using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>The signed-in customer's cart through the gateway (Orders), with product names from Products and stock from Inventory.</summary>
[Collection(ShopStackCollection.Name)]
public sealed class CartTests(ShopStack shop)
{
    [Fact]
    public async Task Add_update_remove_and_read_the_cart()
    {
        var customer = await shop.SignUpAsync();
        await ShopActions.SetStockAsync(shop, 21, 30);
        var productName = (await shop.Gateway.DataAsync(Operations.ProductWithInventory, new { id = ShopActions.ProductId(21) })).GetProperty("productById").GetProperty("name").GetString();

        var added = await MutateAsync(Operations.AddToCart, "addToCart", new { productId = ShopActions.ProductId(21), quantity = 2 }, customer.Token);
        var addedAgain = await MutateAsync(Operations.AddToCart, "addToCart", new { productId = ShopActions.ProductId(21), quantity = 1 }, customer.Token);
        var second = await MutateAsync(Operations.AddToCart, "addToCart", new { productId = ShopActions.ProductId(22), quantity = 1 }, customer.Token);
        var updated = await MutateAsync(Operations.UpdateCartItem, "updateCartItem", new { productId = ShopActions.ProductId(21), quantity = 5 }, customer.Token);
        var removed = await MutateAsync(Operations.RemoveFromCart, "removeFromCart", new { productId = ShopActions.ProductId(22) }, customer.Token);
        var cart = (await shop.Gateway.DataAsync(Operations.Cart, token: customer.Token)).GetProperty("cart");

        Assert.Equal(2, added.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(3, addedAgain.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(4, second.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(6, updated.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(5, removed.GetProperty("totalQuantity").GetInt32());
        var item = Assert.Single(cart.GetProperty("items").EnumerateArray());
        Assert.Equal(5, item.GetProperty("quantity").GetInt32());
        var product = item.GetProperty("product");
        Assert.Equal(ShopActions.ProductId(21), product.GetProperty("id").GetString());
        Assert.Equal(productName, product.GetProperty("name").GetString());
        Assert.Equal(30, product.GetProperty("inventory").GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task A_bad_quantity_is_a_typed_error_and_the_cart_stays_as_it_was()
    {
        var customer = await shop.SignUpAsync();
        await ShopActions.AddToCartAsync(shop, customer.Token, 23, 1);

        var payload = (await shop.Gateway.DataAsync(Operations.AddToCart, new { input = new { productId = ShopActions.ProductId(23), quantity = 0 } }, customer.Token)).GetProperty("addToCart");
        var cart = (await shop.Gateway.DataAsync(Operations.Cart, token: customer.Token)).GetProperty("cart");

        Assert.Equal(["InvalidInputError"], payload.GetProperty("errors").Strings("__typename"));
        Assert.Equal(1, cart.GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task An_anonymous_cart_request_is_refused()
    {
        var response = await shop.Gateway.PostAsync(Operations.AddToCart, new { input = new { productId = ShopActions.ProductId(24), quantity = 1 } });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
    }

    private async Task<JsonElement> MutateAsync(string mutation, string field, object input, string token)
    {
        var payload = (await shop.Gateway.DataAsync(mutation, new { input }, token)).GetProperty(field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("cart");
    }
}
