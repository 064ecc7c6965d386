using ECommerce.Shop.Testing;

namespace ECommerce.Gateway.Tests;

/// <summary>The stack answers through the gateway from all five subgraphs.</summary>
[Collection(ShopStackCollection.Name)]
public sealed class SmokeTests(ShopStack shop)
{
    [Fact]
    public async Task The_seeded_admin_logs_in_and_one_query_reaches_users_products_and_inventory()
    {
        var token = await shop.AdminTokenAsync();
        var mark = shop.Requests.Mark();

        var response = await shop.Gateway.PostAsync(
            "{ me { email role } products(first: 2) { totalCount nodes { sku name inventory { onHand } } } }",
            token: token);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.Equal(ShopAccounts.AdminEmail, response.Data.GetProperty("me").GetProperty("email").GetString());
        var products = response.Data.GetProperty("products");
        Assert.Equal(1200, products.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, products.GetProperty("nodes").GetArrayLength());
        Assert.All(products.GetProperty("nodes").EnumerateArray(), p => Assert.True(p.GetProperty("inventory").GetProperty("onHand").GetInt32() >= 0));
        var requests = shop.Requests.Since(mark);
        Assert.Equal(["inventory", "products", "users"], requests.Where(r => r.IsFromGateway).Select(r => r.Subgraph).Order());
    }
}
