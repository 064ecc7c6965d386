using System.Net;
using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

public sealed class WebhookConfigurationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Without_a_webhook_secret_every_event_is_refused()
    {
        await using var host = await PaymentsHost.StartAsync(postgres.Server, builder => builder.Configuration["Payments:Stripe:WebhookSecret"] = "");
        var orderId = PaymentsApi.NewOrderId();
        var charged = await PaymentsApi.ChargeAsync(host.GraphQL, host.ServiceToken, orderId, 10m);
        var intentId = PaymentsApi.Payment(charged).GetProperty("providerReference").GetString()!;

        var response = await Webhooks.PostSignedAsync(host.Http, Webhooks.Event("charge.refunded", new { id = "ch_x", @object = "charge", amount = 1000, amount_refunded = 1000, payment_intent = intentId }), secret: "");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var order = await host.GraphQL.DataAsync(Operations.OrderPayment, new { id = orderId }, host.ServiceToken);
        Assert.Equal("SUCCEEDED", order.GetProperty("orderById").GetProperty("payment").GetProperty("status").GetString());
    }
}
