using System.Text.Json;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.Testing;

namespace ECommerce.Orders.Tests;

[Collection(OrdersAppCollection.Name)]
public sealed class CartTests(OrdersServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    private static readonly string Product1 = SeedCatalog.ProductId(1).ToString();
    private static readonly string Product2 = SeedCatalog.ProductId(2).ToString();

    [Fact]
    public async Task A_new_customer_has_an_empty_cart()
    {
        var token = fixture.Host.Token(Guid.NewGuid());

        var cart = (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart");

        Assert.Equal(0, cart.GetProperty("totalQuantity").GetInt32());
        Assert.Empty(cart.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Added_items_stay_in_the_cart_and_adding_again_adds_up()
    {
        var token = fixture.Host.Token(Guid.NewGuid());

        await AddAsync(token, Product1, 2);
        await AddAsync(token, Product2, 1);
        var added = await AddAsync(token, Product1, 3);
        var cart = (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart");

        Assert.Equal(JsonValueKind.Null, added.GetProperty("errors").ValueKind);
        Assert.Equal([(Product1, 5), (Product2, 1)], Items(cart));
        Assert.Equal(6, cart.GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task Update_sets_the_quantity_and_zero_removes_the_item()
    {
        var token = fixture.Host.Token(Guid.NewGuid());
        await AddAsync(token, Product1, 2);
        await AddAsync(token, Product2, 2);

        var updated = (await Client.DataAsync(Operations.UpdateCartItem, new { input = new { productId = Product1, quantity = 7 } }, token)).GetProperty("updateCartItem");
        var zeroed = (await Client.DataAsync(Operations.UpdateCartItem, new { input = new { productId = Product2, quantity = 0 } }, token)).GetProperty("updateCartItem");

        Assert.Equal([(Product1, 7), (Product2, 2)], Items(updated.GetProperty("cart")));
        Assert.Equal([(Product1, 7)], Items(zeroed.GetProperty("cart")));
    }

    [Fact]
    public async Task Remove_takes_the_product_out_and_a_missing_item_is_a_typed_error()
    {
        var token = fixture.Host.Token(Guid.NewGuid());
        await AddAsync(token, Product1, 1);

        var removed = (await Client.DataAsync(Operations.RemoveFromCart, new { input = new { productId = Product1 } }, token)).GetProperty("removeFromCart");
        var again = (await Client.DataAsync(Operations.RemoveFromCart, new { input = new { productId = Product1 } }, token)).GetProperty("removeFromCart");
        var update = (await Client.DataAsync(Operations.UpdateCartItem, new { input = new { productId = Product2, quantity = 1 } }, token)).GetProperty("updateCartItem");

        Assert.Empty(removed.GetProperty("cart").GetProperty("items").EnumerateArray());
        Assert.Equal("CartItemNotFoundError", ErrorType(again));
        Assert.Equal("CartItemNotFoundError", ErrorType(update));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100)]
    public async Task A_quantity_outside_1_to_99_is_refused_and_changes_nothing(int quantity)
    {
        var token = fixture.Host.Token(Guid.NewGuid());
        await AddAsync(token, Product1, 1);

        var result = await AddAsync(token, Product1, quantity);
        var cart = (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart");

        Assert.Equal("quantity", Assert.Single(result.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("cart").ValueKind);
        Assert.Equal([(Product1, 1)], Items(cart));
    }

    [Fact]
    public async Task Adding_beyond_99_units_of_one_product_is_refused()
    {
        var token = fixture.Host.Token(Guid.NewGuid());
        await AddAsync(token, Product1, 60);

        var result = await AddAsync(token, Product1, 40);
        var cart = (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart");

        Assert.Equal("InvalidInputError", ErrorType(result));
        Assert.Equal([(Product1, 60)], Items(cart));
    }

    [Fact]
    public async Task A_product_id_that_is_not_an_id_is_an_input_error()
    {
        var token = fixture.Host.Token(Guid.NewGuid());

        var result = await AddAsync(token, "not-a-product", 1);

        Assert.Equal("productId", Assert.Single(result.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Concurrent_adds_of_one_product_all_count()
    {
        var token = fixture.Host.Token(Guid.NewGuid());

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => AddAsync(token, Product1, 1)));
        var cart = (await Client.DataAsync(Operations.Cart, token: token)).GetProperty("cart");

        Assert.Equal([(Product1, 10)], Items(cart));
    }

    [Fact]
    public async Task Each_customer_has_their_own_cart()
    {
        var alice = fixture.Host.Token(Guid.NewGuid());
        var bob = fixture.Host.Token(Guid.NewGuid());
        await AddAsync(alice, Product1, 3);

        var bobsCart = (await Client.DataAsync(Operations.Cart, token: bob)).GetProperty("cart");

        Assert.Empty(bobsCart.GetProperty("items").EnumerateArray());
    }

    private async Task<JsonElement> AddAsync(string token, string productId, int quantity)
        => (await Client.DataAsync(Operations.AddToCart, new { input = new { productId, quantity } }, token)).GetProperty("addToCart");

    private static string ErrorType(JsonElement payload)
        => Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString()!;

    private static (string, int)[] Items(JsonElement cart)
        => cart.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("product").GetProperty("id").GetString()!, i.GetProperty("quantity").GetInt32()))
            .ToArray();
}
