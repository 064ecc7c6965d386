using ECommerce.Testing;
using Npgsql;

namespace ECommerce.Payments.Tests;

[Collection(PaymentsAppCollection.Name)]
public sealed class IdempotencyTests(PaymentsServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    private string Token => fixture.Host.ServiceToken;

    [Fact]
    public async Task The_same_key_twice_returns_the_same_payment_and_charges_once()
    {
        var orderId = PaymentsApi.NewOrderId();
        var key = "checkout-" + orderId;

        var first = await PaymentsApi.ChargeAsync(Client, Token, orderId, 20m, idempotencyKey: key);
        var second = await PaymentsApi.ChargeAsync(Client, Token, orderId, 20m, idempotencyKey: key);

        Assert.Equal(PaymentsApi.Payment(first).GetRawText(), PaymentsApi.Payment(second).GetRawText());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM payments WHERE idempotency_key = @key", key));
    }

    [Fact]
    public async Task The_same_key_repeats_a_decline_with_its_error()
    {
        var orderId = PaymentsApi.NewOrderId();
        var key = "declined-" + orderId;

        var first = await PaymentsApi.ChargeAsync(Client, Token, orderId, 20m, "4000000000000002", key);
        var second = await PaymentsApi.ChargeAsync(Client, Token, orderId, 20m, "4000000000000002", key);

        Assert.Equal(PaymentsApi.Payment(first).GetProperty("id").GetString(), PaymentsApi.Payment(second).GetProperty("id").GetString());
        Assert.Equal("generic_decline", Assert.Single(PaymentsApi.Errors(second)).GetProperty("declineCode").GetString());
    }

    [Fact]
    public async Task The_same_key_for_a_different_charge_is_refused()
    {
        var orderId = PaymentsApi.NewOrderId();
        var key = "reused-" + orderId;
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 20m, idempotencyKey: key);

        var otherAmount = await PaymentsApi.ChargeAsync(Client, Token, orderId, 21m, idempotencyKey: key);
        var otherOrder = await PaymentsApi.ChargeAsync(Client, Token, PaymentsApi.NewOrderId(), 20m, idempotencyKey: key);
        var otherUser = await PaymentsApi.ChargeAsync(Client, Token, orderId, 20m, idempotencyKey: key, userId: Guid.NewGuid().ToString());

        Assert.Equal("idempotencyKey", Assert.Single(PaymentsApi.Errors(otherAmount)).GetProperty("field").GetString());
        Assert.Equal("idempotencyKey", Assert.Single(PaymentsApi.Errors(otherOrder)).GetProperty("field").GetString());
        Assert.Equal("idempotencyKey", Assert.Single(PaymentsApi.Errors(otherUser)).GetProperty("field").GetString());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM payments WHERE idempotency_key = @key", key));
    }

    [Fact]
    public async Task Concurrent_charges_with_one_key_charge_once_and_all_return_the_same_payment()
    {
        var orderId = PaymentsApi.NewOrderId();
        var key = "concurrent-" + orderId;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PaymentsApi.ChargeAsync(Client, Token, orderId, 30m, idempotencyKey: key)));

        Assert.All(results, r => Assert.Empty(PaymentsApi.Errors(r)));
        Assert.Single(results.Select(r => PaymentsApi.Payment(r).GetProperty("id").GetString()).Distinct());
        Assert.All(results, r => Assert.Equal("SUCCEEDED", PaymentsApi.Status(r)));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM payments WHERE order_id = @key::uuid", orderId));
    }

    [Fact]
    public async Task Concurrent_charges_of_one_order_with_different_keys_take_money_once()
    {
        var orderId = PaymentsApi.NewOrderId();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => PaymentsApi.ChargeAsync(Client, Token, orderId, 30m, idempotencyKey: $"race-{i}-{orderId}")));

        Assert.Single(results, r => PaymentsApi.Payment(r).ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM payments WHERE order_id = @key::uuid AND status = 'SUCCEEDED'", orderId));
    }

    [Fact]
    public async Task Concurrent_refunds_with_one_key_refund_once()
    {
        var orderId = PaymentsApi.NewOrderId();
        await PaymentsApi.ChargeAsync(Client, Token, orderId, 50m);
        var key = "refund-" + orderId;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PaymentsApi.RefundAsync(Client, Token, orderId, 10m, key)));

        Assert.Single(results.Select(r => r.GetProperty("refund").GetProperty("id").GetString()).Distinct());
        Assert.All(results, r => Assert.Equal("PARTIALLY_REFUNDED", PaymentsApi.Status(r)));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM refunds WHERE idempotency_key = @key", key));
    }

    private async Task<long> CountAsync(string sql, string key)
    {
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
