using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

/// <summary>Charges and refunds through /graphql as the Orders service would (SERVICE token).</summary>
internal static class PaymentsApi
{
    /// <summary>The order owner of charges whose test does not care who owns the order.</summary>
    public const string DefaultCustomer = "00000000-0000-4000-a000-0000000000c1";

    public static async Task<JsonElement> ChargeAsync(
        SubgraphClient client, string token, string orderId, decimal amount = 49.90m, string paymentMethod = "4242424242424242", string? idempotencyKey = null, string currency = "EUR", string? userId = null)
        => (await client.DataAsync(Operations.ChargePayment, new
        {
            input = new { orderId, userId = userId ?? DefaultCustomer, amount, currency, paymentMethod, idempotencyKey = idempotencyKey ?? "charge-" + Guid.NewGuid().ToString("N") },
        }, token)).GetProperty("chargePayment");

    public static async Task<JsonElement> RefundAsync(SubgraphClient client, string token, string orderId, decimal? amount, string? idempotencyKey = null)
        => (await client.DataAsync(Operations.RefundPayment, new
        {
            input = new { orderId, amount, idempotencyKey = idempotencyKey ?? "refund-" + Guid.NewGuid().ToString("N") },
        }, token)).GetProperty("refundPayment");

    public static string NewOrderId() => Guid.NewGuid().ToString();

    /// <summary>The payload's errors as (__typename, element) pairs; empty when <c>errors</c> is null.</summary>
    public static IReadOnlyList<JsonElement> Errors(JsonElement payload)
        => payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? [] : [.. payload.GetProperty("errors").EnumerateArray()];

    public static JsonElement Payment(JsonElement payload) => payload.GetProperty("payment");

    public static string Status(JsonElement payload) => Payment(payload).GetProperty("status").GetString()!;
}
