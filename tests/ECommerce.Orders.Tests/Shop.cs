using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Orders.Tests;

/// <summary>What checkout tests read from and set in the other services, through their GraphQL APIs.</summary>
internal static class Shop
{
    public static string AdminToken(ServiceApp app) => app.Services.GetRequiredService<JwtTokenService>().CreateToken(Guid.NewGuid().ToString(), [Roles.Admin]);

    public static string ServiceToken(ServiceApp app) => app.Services.GetRequiredService<JwtTokenService>().CreateServiceToken("orders-tests");

    public static async Task<JsonElement> ProductAsync(ServiceApp products, Guid productId)
        => (await products.GraphQL.DataAsync("query($id: ID!) { productById(id: $id) { id sku name price currency } }", new { id = productId.ToString() })).GetProperty("productById");

    public static async Task SetStockAsync(ServiceApp inventory, Guid productId, int onHand)
    {
        var payload = (await inventory.GraphQL.DataAsync(
            "mutation($input: SetStockInput!) { setStock(input: $input) { errors { __typename } } }",
            new { input = new { productId = productId.ToString(), onHand } },
            AdminToken(inventory))).GetProperty("setStock");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
    }

    public static async Task<(int OnHand, int Reserved, int Available)> StockAsync(ServiceApp inventory, Guid productId)
    {
        var level = (await inventory.GraphQL.DataAsync(
            "query($id: ID!) { productById(id: $id) { inventory { onHand reserved available } } }",
            new { id = productId.ToString() },
            ServiceToken(inventory))).GetProperty("productById").GetProperty("inventory");
        return (level.GetProperty("onHand").GetInt32(), level.GetProperty("reserved").GetInt32(), level.GetProperty("available").GetInt32());
    }

    /// <summary>Every payment of the order (newest first) with its status.</summary>
    public static async Task<string[]> PaymentsAsync(ServiceApp payments, Guid orderId)
        => (await payments.GraphQL.DataAsync("query($id: ID!) { paymentsByOrder(orderId: $id) { status amount } }", new { id = orderId.ToString() }, ServiceToken(payments)))
            .GetProperty("paymentsByOrder").EnumerateArray().Select(p => p.GetProperty("status").GetString()!).ToArray();
}
