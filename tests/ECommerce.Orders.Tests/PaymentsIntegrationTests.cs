using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Orders.Model;
using ECommerce.Payments;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Orders.Tests;

/// <summary>Orders' charge and refund calls against the real Payments app (its built-in test provider).</summary>
public sealed class PaymentsIntegrationTests(PostgresFixture postgres, RedisFixture redis) : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Charging_twice_with_the_order_key_charges_once_and_refundOrder_refunds_it()
    {
        await using var payments = await ServiceApp.StartAsync("Payments", PaymentsApp.Build, PaymentsApp.InitializeAsync, postgres.Server);
        await using var host = await OrdersHost.StartAsync(postgres.Server, redis.Server.Configuration, builder =>
            builder.Configuration["ECOMMERCE_PAYMENTS_URL"] = payments.Endpoint.ToString());
        var order = await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Shipped, (3, 2, 12.50m));
        var client = host.Services.GetRequiredService<PaymentsClient>();

        var first = await client.ChargeAsync(order.Id, order.UserId, order.Total, "EUR", "4242424242424242", CancellationToken.None);
        var repeat = await client.ChargeAsync(order.Id, order.UserId, order.Total, "EUR", "4242424242424242", CancellationToken.None);
        var refunded = (await host.GraphQL.DataAsync(Operations.RefundOrder, new { input = new { orderId = order.Id.ToString(), reason = "damaged" } }, host.AdminToken())).GetProperty("refundOrder");

        Assert.True(first.Succeeded);
        Assert.Equal(first, repeat);
        Assert.Equal("REFUNDED", refunded.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal([("REFUNDED", 25.00m)], await PaymentsOfAsync(payments, order.Id));
    }

    [Fact]
    public async Task A_declined_card_comes_back_as_declined_with_its_code()
    {
        await using var payments = await ServiceApp.StartAsync("Payments", PaymentsApp.Build, PaymentsApp.InitializeAsync, postgres.Server);
        await using var host = await OrdersHost.StartAsync(postgres.Server, redis.Server.Configuration, builder =>
            builder.Configuration["ECOMMERCE_PAYMENTS_URL"] = payments.Endpoint.ToString());
        var order = await TestOrders.PlaceAsync(host, Guid.NewGuid(), OrderStatus.Pending);

        var charge = await host.Services.GetRequiredService<PaymentsClient>().ChargeAsync(order.Id, order.UserId, order.Total, "EUR", "4000000000000002", CancellationToken.None);

        Assert.False(charge.Succeeded);
        Assert.True(charge.Declined);
        Assert.False(string.IsNullOrEmpty(charge.DeclineCode));
    }

    private static async Task<(string, decimal)[]> PaymentsOfAsync(ServiceApp payments, Guid orderId)
    {
        var token = payments.Services.GetRequiredService<JwtTokenService>().CreateServiceToken("orders-tests");
        var data = await payments.GraphQL.DataAsync("query($id: ID!) { paymentsByOrder(orderId: $id) { status amount } }", new { id = orderId.ToString() }, token);
        return data.GetProperty("paymentsByOrder").EnumerateArray().Select(p => (p.GetProperty("status").GetString()!, p.GetProperty("amount").GetDecimal())).ToArray();
    }
}
