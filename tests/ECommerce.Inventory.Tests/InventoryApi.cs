using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Inventory.Tests;

/// <summary>
/// The Inventory operations as the Orders service (SERVICE token) and an admin (ADMIN token) send them,
/// returning each mutation's payload; stock levels are read anonymously, as the gateway does.
/// </summary>
internal sealed class InventoryApi(SubgraphClient client, string serviceToken, string adminToken)
{
    public string ServiceToken => serviceToken;

    public string AdminToken => adminToken;

    /// <summary>A product no other test uses, with <paramref name="onHand"/> units in stock.</summary>
    public async Task<Guid> NewProductAsync(int onHand)
    {
        var productId = Guid.NewGuid();
        AssertNoErrors(await SetStockAsync(productId, onHand));
        return productId;
    }

    public async Task<JsonElement> LevelAsync(Guid productId)
        => (await client.DataAsync(Operations.ProductById, new { id = productId.ToString() })).GetProperty("productById").GetProperty("inventory");

    public Task<JsonElement> ReserveAsync(Guid orderId, params (Guid ProductId, int Quantity)[] lines)
        => ReserveAsync(orderId.ToString(), lines.Select(l => new { productId = l.ProductId.ToString(), quantity = l.Quantity }).ToArray());

    public async Task<JsonElement> ReserveAsync(string orderId, object[] lines, string? token = null)
        => (await client.DataAsync(Operations.ReserveStock, new { input = new { orderId, lines } }, token ?? serviceToken)).GetProperty("reserveStock");

    public async Task<JsonElement> CommitAsync(Guid orderId)
        => (await client.DataAsync(Operations.CommitReservation, new { input = new { orderId } }, serviceToken)).GetProperty("commitReservation");

    public async Task<JsonElement> ReleaseAsync(Guid orderId)
        => (await client.DataAsync(Operations.ReleaseReservation, new { input = new { orderId } }, serviceToken)).GetProperty("releaseReservation");

    public async Task<JsonElement> RestockAsync(Guid orderId)
        => (await client.DataAsync(Operations.RestockReservation, new { input = new { orderId } }, serviceToken)).GetProperty("restockReservation");

    public async Task<JsonElement> SetStockAsync(Guid productId, int onHand, int? lowStockThreshold = null)
        => (await client.DataAsync(Operations.SetStock, new { input = new { productId, onHand, lowStockThreshold } }, adminToken)).GetProperty("setStock");

    public async Task<JsonElement> AdjustStockAsync(Guid productId, int delta)
        => (await client.DataAsync(Operations.AdjustStock, new { input = new { productId, delta } }, adminToken)).GetProperty("adjustStock");

    public static void AssertNoErrors(JsonElement payload)
        => Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Unexpected payload errors: {payload.GetProperty("errors").GetRawText()}");

    /// <summary>The payload's only error (failing when there is not exactly one).</summary>
    public static JsonElement SingleError(JsonElement payload) => Assert.Single(payload.GetProperty("errors").EnumerateArray());

    public static IReadOnlyList<string?> ErrorTypes(JsonElement payload)
        => [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString())];

    public static void AssertLevel(JsonElement level, int onHand, int reserved, int available)
        => Assert.Equal(
            (onHand, reserved, available),
            (level.GetProperty("onHand").GetInt32(), level.GetProperty("reserved").GetInt32(), level.GetProperty("available").GetInt32()));
}
