using System.Text.Json;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;

namespace ECommerce.Orders.Tests;

/// <summary>Checkout failures that happen before any other service answers (the fixture's Products, Inventory and Payments are unreachable).</summary>
[Collection(OrdersAppCollection.Name)]
public sealed class CheckoutWithoutServicesTests(OrdersServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task An_empty_cart_cannot_be_checked_out()
    {
        var token = fixture.Host.Token(Guid.NewGuid());

        var payload = await CheckoutAsync(token, Guid.NewGuid().ToString());

        Assert.Equal("EmptyCartError", ErrorType(payload));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("order").ValueKind);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_creates_no_order()
    {
        var userId = Guid.NewGuid();
        var token = fixture.Host.Token(userId);
        var input = new
        {
            input = new
            {
                shippingAddress = new { name = " ", line1 = "Street 1", city = "Berlin", postalCode = "10115", country = "Germany" },
                paymentMethod = "",
                idempotencyKey = new string('k', 101),
            },
        };

        var payload = (await Client.DataAsync(Operations.Checkout, input, token)).GetProperty("checkout");
        var orders = (await Client.DataAsync(Operations.UserOrders, new { id = userId.ToString(), first = 10 }, token)).GetProperty("userById").GetProperty("orders");

        Assert.Equal(
            ["idempotencyKey", "paymentMethod", "shippingAddress.name", "shippingAddress.country"],
            payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(0, orders.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Products_unavailable_is_a_typed_error_the_order_is_not_created_and_the_cart_stays()
    {
        var userId = Guid.NewGuid();
        var token = fixture.Host.Token(userId);
        await Client.DataAsync(Operations.AddToCart, new { input = new { productId = SeedCatalog.ProductId(3).ToString(), quantity = 2 } }, token);

        var payload = await CheckoutAsync(token, Guid.NewGuid().ToString());
        var orders = (await Client.DataAsync(Operations.UserOrders, new { id = userId.ToString(), first = 10 }, token)).GetProperty("userById").GetProperty("orders");
        var cart = (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ServiceUnavailableError", error.GetProperty("__typename").GetString());
        Assert.Equal("products", error.GetProperty("service").GetString());
        Assert.Equal(0, orders.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, cart.GetProperty("totalQuantity").GetInt32());
    }

    private async Task<JsonElement> CheckoutAsync(string token, string idempotencyKey)
        => (await Client.DataAsync(Operations.Checkout, Operations.CheckoutInput(idempotencyKey), token)).GetProperty("checkout");

    private static string ErrorType(JsonElement payload)
        => Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString()!;
}
