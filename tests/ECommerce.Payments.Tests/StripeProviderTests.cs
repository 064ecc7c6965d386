using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ECommerce.Payments.Providers;
using ECommerce.Payments.Providers.Stripe;
using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

/// <summary>chargePayment through /graphql with the Stripe provider configured (Payments:Stripe:ApiKey).</summary>
public sealed class StripeProviderTests(PostgresFixture postgres, StripeMockServer stripe) : IClassFixture<PostgresFixture>, IClassFixture<StripeMockServer>
{
    [Fact]
    public async Task An_error_answer_from_stripe_is_a_provider_error_that_is_not_retryable_and_stores_nothing()
    {
        await using var host = await StartAsync(stripe.BaseUrl, StripeMockServer.ApiKey);
        var orderId = PaymentsApi.NewOrderId();

        var payload = await PaymentsApi.ChargeAsync(host.GraphQL, host.ServiceToken, orderId, 10m, "pm_card_visa");

        var error = Assert.Single(PaymentsApi.Errors(payload));
        Assert.Equal("PaymentProviderError", error.GetProperty("__typename").GetString());
        Assert.False(error.GetProperty("retryable").GetBoolean());
        await AssertNoPaymentAsync(host, orderId);
    }

    [Fact]
    public async Task A_stripe_that_does_not_answer_in_time_is_a_retryable_provider_error_and_stores_nothing()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using var host = await StartAsync(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"), StripeMockServer.ApiKey, TimeSpan.FromMilliseconds(300));
        var orderId = PaymentsApi.NewOrderId();

        var payload = await PaymentsApi.ChargeAsync(host.GraphQL, host.ServiceToken, orderId, 10m, "4242424242424242");

        var error = Assert.Single(PaymentsApi.Errors(payload));
        Assert.Equal("PaymentProviderError", error.GetProperty("__typename").GetString());
        Assert.True(error.GetProperty("retryable").GetBoolean());
        await AssertNoPaymentAsync(host, orderId);
    }

    [Fact]
    public async Task With_a_live_key_card_numbers_are_refused_before_anything_is_sent()
    {
        await using var host = await StartAsync(new Uri($"http://127.0.0.1:{FreeTcpPort.Next()}"), "sk_live_not_used");

        var payload = await PaymentsApi.ChargeAsync(host.GraphQL, host.ServiceToken, PaymentsApi.NewOrderId(), 10m, "4242424242424242");

        Assert.Equal("paymentMethod", Assert.Single(PaymentsApi.Errors(payload)).GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("""{"id":"pi_1","status":"succeeded","amount":1000,"currency":"eur","latest_charge":"ch_1"}""", ProviderChargeOutcome.Succeeded, null)]
    [InlineData("""{"id":"pi_1","status":"succeeded","amount":1000,"currency":"eur","latest_charge":{"id":"ch_1","object":"charge"}}""", ProviderChargeOutcome.Succeeded, null)]
    [InlineData("""{"id":"pi_1","status":"processing","amount":1000,"currency":"eur","latest_charge":null}""", ProviderChargeOutcome.Processing, null)]
    [InlineData("""{"id":"pi_1","status":"requires_action","amount":1000,"currency":"eur","next_action":{"type":"use_stripe_sdk"}}""", ProviderChargeOutcome.Declined, "authentication_required")]
    [InlineData("""{"id":"pi_1","status":"requires_payment_method","amount":1000,"currency":"eur","last_payment_error":{"type":"card_error","code":"card_declined","decline_code":"lost_card","message":"Your card was declined."}}""", ProviderChargeOutcome.Declined, "lost_card")]
    [InlineData("""{"id":"pi_1","status":"canceled","amount":1000,"currency":"eur"}""", ProviderChargeOutcome.Declined, "canceled")]
    public void Payment_intent_states_map_to_charge_outcomes(string json, ProviderChargeOutcome outcome, string? failureCode)
    {
        using var document = JsonDocument.Parse(json);

        var result = StripePaymentProvider.FromIntent(StripePaymentIntent.From(document.RootElement));

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal("pi_1", result.Reference);
        Assert.Equal(failureCode, result.FailureCode);
        Assert.Equal(outcome == ProviderChargeOutcome.Succeeded ? "ch_1" : null, result.ChargeReference);
    }

    private Task<PaymentsHost> StartAsync(Uri baseUrl, string apiKey, TimeSpan? timeout = null)
        => PaymentsHost.StartAsync(postgres.Server, builder =>
        {
            builder.Configuration["Payments:Stripe:ApiKey"] = apiKey;
            builder.Configuration["Payments:Stripe:BaseUrl"] = baseUrl.ToString();
            builder.Configuration["Payments:Stripe:Timeout"] = (timeout ?? TimeSpan.FromSeconds(10)).ToString();
        });

    private static async Task AssertNoPaymentAsync(PaymentsHost host, string orderId)
    {
        var data = await host.GraphQL.DataAsync(Operations.PaymentsByOrder, new { orderId }, host.ServiceToken);
        Assert.Empty(data.GetProperty("paymentsByOrder").EnumerateArray());
    }
}
