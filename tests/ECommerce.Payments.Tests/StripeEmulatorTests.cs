using System.Net;
using ECommerce.Payments.Providers.Stripe;
using ECommerce.Testing;
using Microsoft.Extensions.Options;

namespace ECommerce.Payments.Tests;

/// <summary>PaymentIntents through the hand-written client and through chargePayment, against emulate's Stripe service.</summary>
public sealed class StripeEmulatorTests(PostgresFixture postgres, StripeEmulatorServer stripe) : IClassFixture<PostgresFixture>, IClassFixture<StripeEmulatorServer>
{
    private const string ApiKey = "sk_test_emulated";
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_payment_intent_is_created_confirmed_and_retrieved()
    {
        var client = Client();

        var created = await client.CreatePaymentIntentAsync(
            new StripePaymentIntentCreate(1990, "EUR", "pm_card_visa", Confirm: true, new Dictionary<string, string> { ["order_id"] = "o-1" }), "pi-" + Guid.NewGuid(), CancellationToken.None);
        var confirmed = await client.ConfirmPaymentIntentAsync(created.Id, "pm_card_visa", "confirm-" + Guid.NewGuid(), CancellationToken.None);
        var retrieved = await client.RetrievePaymentIntentAsync(created.Id, CancellationToken.None);

        Assert.StartsWith("pi_", created.Id, StringComparison.Ordinal);
        Assert.Equal((1990L, "eur"), (created.Amount, created.Currency));
        Assert.Equal(StripePaymentIntent.Succeeded, confirmed.Status);
        Assert.Equal((created.Id, StripePaymentIntent.Succeeded, 1990L), (retrieved.Id, retrieved.Status, retrieved.Amount));
    }

    [Fact]
    public async Task An_unknown_payment_intent_is_a_not_found_error_that_is_not_retryable()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => Client().RetrievePaymentIntentAsync("pi_missing", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("resource_missing", error.Code);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task Charge_payment_with_the_stripe_provider_pays_through_a_payment_intent()
    {
        await using var host = await PaymentsHost.StartAsync(postgres.Server, builder =>
        {
            builder.Configuration["Payments:Stripe:ApiKey"] = ApiKey;
            builder.Configuration["Payments:Stripe:BaseUrl"] = stripe.BaseUrl.ToString();
        });
        var orderId = PaymentsApi.NewOrderId();
        var key = "stripe-" + orderId;

        var first = await PaymentsApi.ChargeAsync(host.GraphQL, host.ServiceToken, orderId, 19.90m, "4242424242424242", key);
        var repeat = await PaymentsApi.ChargeAsync(host.GraphQL, host.ServiceToken, orderId, 19.90m, "4242424242424242", key);

        Assert.Empty(PaymentsApi.Errors(first));
        var payment = PaymentsApi.Payment(first);
        Assert.Equal(("SUCCEEDED", "stripe"), (payment.GetProperty("status").GetString(), payment.GetProperty("provider").GetString()));
        var intent = await Client().RetrievePaymentIntentAsync(payment.GetProperty("providerReference").GetString()!, CancellationToken.None);
        Assert.Equal((StripePaymentIntent.Succeeded, 1990L, "eur"), (intent.Status, intent.Amount, intent.Currency));
        Assert.Equal(payment.GetRawText(), PaymentsApi.Payment(repeat).GetRawText());
    }

    private StripeClient Client()
        => new(Http, Options.Create(new StripeOptions { ApiKey = ApiKey, BaseUrl = stripe.BaseUrl, Timeout = TimeSpan.FromSeconds(10) }));
}
