using System.Text.Json;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>Arranges shop state through the gateway, as a client would: stock as the admin, carts and checkouts as customers.</summary>
internal static class ShopActions
{
    public const string GoodCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";

    public static string ProductId(int number) => SeedCatalog.ProductId(number).ToString();

    public static async Task SetStockAsync(ShopStack shop, int product, int onHand)
    {
        var payload = (await shop.Gateway.DataAsync(Operations.SetStock, new { input = new { productId = ProductId(product), onHand } }, await shop.AdminTokenAsync())).GetProperty("setStock");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
    }

    public static async Task AddToCartAsync(ShopStack shop, string token, int product, int quantity)
    {
        var payload = (await shop.Gateway.DataAsync(Operations.AddToCart, new { input = new { productId = ProductId(product), quantity } }, token)).GetProperty("addToCart");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
    }

    /// <summary>The <c>checkout</c> payload (order and errors).</summary>
    public static async Task<JsonElement> CheckoutAsync(ShopStack shop, string token, string paymentMethod = GoodCard)
        => (await shop.Gateway.DataAsync(Operations.Checkout, new
        {
            input = new
            {
                shippingAddress = new { name = "Test Customer", line1 = "Hauptstraße 1", city = "Berlin", postalCode = "10115", country = "DE" },
                paymentMethod,
                idempotencyKey = Guid.NewGuid().ToString("N"),
            },
        }, token)).GetProperty("checkout");

    /// <summary>A new customer's PAID order of <paramref name="quantity"/> units of seeded product <paramref name="product"/> (stock set to <paramref name="stock"/> first).</summary>
    public static async Task<(ShopUser Customer, string OrderId)> PlacePaidOrderAsync(ShopStack shop, int product, int quantity = 1, int stock = 10)
    {
        await SetStockAsync(shop, product, stock);
        var customer = await shop.SignUpAsync();
        await AddToCartAsync(shop, customer.Token, product, quantity);
        var payload = await CheckoutAsync(shop, customer.Token);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("PAID", payload.GetProperty("order").GetProperty("status").GetString());
        return (customer, payload.GetProperty("order").GetProperty("id").GetString()!);
    }

    public static IReadOnlyList<string> Strings(this JsonElement array, string property)
        => array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();
}
