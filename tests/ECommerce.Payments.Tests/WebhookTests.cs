using System.Net;
using System.Text;
using ECommerce.Payments.Webhooks;
using ECommerce.Testing;
using Npgsql;

namespace ECommerce.Payments.Tests;

[Collection(PaymentsAppCollection.Name)]
public sealed class WebhookTests(PaymentsServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    private HttpClient Http => fixture.Host.Http;

    [Fact]
    public async Task Payment_intent_succeeded_completes_a_processing_payment()
    {
        var (orderId, intentId) = await InsertProcessingPaymentAsync();

        var response = await Webhooks.PostSignedAsync(Http, Webhooks.Event("payment_intent.succeeded", Webhooks.PaymentIntent(intentId, "succeeded", "ch_" + intentId[3..])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("applied", await Webhooks.OutcomeAsync(response));
        var payment = await PaymentAsync(orderId);
        Assert.Equal("SUCCEEDED", payment.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Payment_intent_payment_failed_fails_a_processing_payment_with_the_decline_code()
    {
        var (orderId, intentId) = await InsertProcessingPaymentAsync();
        var error = new { type = "card_error", code = "card_declined", decline_code = "insufficient_funds", message = "Your card has insufficient funds." };

        var response = await Webhooks.PostSignedAsync(Http, Webhooks.Event("payment_intent.payment_failed", Webhooks.PaymentIntent(intentId, "requires_payment_method", lastPaymentError: error)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payment = await PaymentAsync(orderId);
        Assert.Equal("FAILED", payment.GetProperty("status").GetString());
        Assert.Equal("insufficient_funds", payment.GetProperty("failureCode").GetString());
        Assert.Equal("Your card has insufficient funds.", payment.GetProperty("failureMessage").GetString());
    }

    [Fact]
    public async Task A_late_failure_never_undoes_a_succeeded_payment()
    {
        var orderId = PaymentsApi.NewOrderId();
        var charged = await PaymentsApi.ChargeAsync(Client, fixture.Host.ServiceToken, orderId);
        var intentId = PaymentsApi.Payment(charged).GetProperty("providerReference").GetString()!;

        var response = await Webhooks.PostSignedAsync(Http, Webhooks.Event("payment_intent.payment_failed", Webhooks.PaymentIntent(intentId, "requires_payment_method")));

        Assert.Equal("ignored", await Webhooks.OutcomeAsync(response));
        Assert.Equal("SUCCEEDED", (await PaymentAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Charge_refunded_records_refunds_made_at_stripe()
    {
        var orderId = PaymentsApi.NewOrderId();
        var charged = await PaymentsApi.ChargeAsync(Client, fixture.Host.ServiceToken, orderId, 40m);
        var intentId = PaymentsApi.Payment(charged).GetProperty("providerReference").GetString()!;
        var charge = new
        {
            id = "ch_dashboard_" + Guid.NewGuid().ToString("N"),
            @object = "charge",
            amount = 4000,
            amount_refunded = 1500,
            currency = "eur",
            payment_intent = intentId,
            refunded = false,
            refunds = new { @object = "list", data = new[] { new { id = "re_dashboard_" + Guid.NewGuid().ToString("N"), @object = "refund", amount = 1500, currency = "eur", status = "succeeded" } } },
        };

        var response = await Webhooks.PostSignedAsync(Http, Webhooks.Event("charge.refunded", charge));

        Assert.Equal("applied", await Webhooks.OutcomeAsync(response));
        var payment = await PaymentAsync(orderId);
        Assert.Equal("PARTIALLY_REFUNDED", payment.GetProperty("status").GetString());
        Assert.Equal(15m, Assert.Single(payment.GetProperty("refunds").EnumerateArray()).GetProperty("amount").GetDecimal());
        var rest = await PaymentsApi.RefundAsync(Client, fixture.Host.ServiceToken, orderId, amount: null);
        Assert.Equal(25m, rest.GetProperty("refund").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_redelivered_event_is_handled_once()
    {
        var (orderId, intentId) = await InsertProcessingPaymentAsync();
        var payload = Webhooks.Event("payment_intent.succeeded", Webhooks.PaymentIntent(intentId, "succeeded"));

        var first = await Webhooks.PostSignedAsync(Http, payload);
        var second = await Webhooks.PostSignedAsync(Http, payload);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("applied", await Webhooks.OutcomeAsync(first));
        Assert.Equal("duplicate", await Webhooks.OutcomeAsync(second));
        Assert.Equal("SUCCEEDED", (await PaymentAsync(orderId)).GetProperty("status").GetString());
    }

    public static TheoryData<string> BadSignatures => new()
    {
        "missing",
        "wrong secret",
        "too old",
        "from the future",
        "tampered payload",
        "garbage",
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task Events_without_a_valid_signature_are_refused_and_change_nothing(string problem)
    {
        var (orderId, intentId) = await InsertProcessingPaymentAsync();
        var payload = Webhooks.Event("payment_intent.succeeded", Webhooks.PaymentIntent(intentId, "succeeded"));
        var bytes = Encoding.UTF8.GetBytes(payload);
        var signature = problem switch
        {
            "missing" => null,
            "wrong secret" => StripeSignature.Create(bytes, "whsec_someone_else", DateTimeOffset.UtcNow),
            "too old" => StripeSignature.Create(bytes, PaymentsHost.WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-6)),
            "from the future" => StripeSignature.Create(bytes, PaymentsHost.WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(6)),
            "tampered payload" => StripeSignature.Create(Encoding.UTF8.GetBytes(payload.Replace("eur", "usd", StringComparison.Ordinal)), PaymentsHost.WebhookSecret, DateTimeOffset.UtcNow),
            _ => "t=abc,v1=xyz",
        };

        var response = await Webhooks.PostAsync(Http, payload, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PROCESSING", (await PaymentAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_signature_within_the_tolerance_and_among_several_v1_values_is_accepted()
    {
        var (orderId, intentId) = await InsertProcessingPaymentAsync();
        var payload = Webhooks.Event("payment_intent.succeeded", Webhooks.PaymentIntent(intentId, "succeeded"));
        var signedAt = DateTimeOffset.UtcNow.AddMinutes(-4);
        var valid = StripeSignature.Create(Encoding.UTF8.GetBytes(payload), PaymentsHost.WebhookSecret, signedAt);
        var rolledSecret = StripeSignature.Create(Encoding.UTF8.GetBytes(payload), "whsec_old_secret", signedAt);

        var response = await Webhooks.PostAsync(Http, payload, rolledSecret + "," + valid.Split(',')[1]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SUCCEEDED", (await PaymentAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Events_of_other_types_or_unknown_payments_are_acknowledged_and_ignored()
    {
        var other = await Webhooks.PostSignedAsync(Http, Webhooks.Event("customer.created", new { id = "cus_1", @object = "customer" }));
        var unknown = await Webhooks.PostSignedAsync(Http, Webhooks.Event("payment_intent.succeeded", Webhooks.PaymentIntent("pi_not_ours", "succeeded")));

        Assert.Equal("ignored", await Webhooks.OutcomeAsync(other));
        Assert.Equal("ignored", await Webhooks.OutcomeAsync(unknown));
    }

    [Fact]
    public async Task A_signed_payload_that_is_not_an_event_is_a_bad_request()
    {
        var response = await Webhooks.PostSignedAsync(Http, "{\"hello\":\"world\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<System.Text.Json.JsonElement> PaymentAsync(string orderId)
        => (await Client.DataAsync(Operations.OrderPayment, new { id = orderId }, fixture.Host.ServiceToken)).GetProperty("orderById").GetProperty("payment");

    /// <summary>A Stripe payment still processing (as an asynchronous payment method leaves it), written as the service stores one.</summary>
    private async Task<(string OrderId, string IntentId)> InsertProcessingPaymentAsync()
    {
        var orderId = Guid.NewGuid();
        var intentId = "pi_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO payments (id, order_id, amount, currency, status, provider, provider_reference, payment_method, amount_refunded, idempotency_key, created_at, updated_at)
            VALUES (gen_random_uuid(), @order, 10, 'EUR', 'PROCESSING', 'stripe', @intent, 'pm_card_visa', 0, @key, now(), now())
            """,
            connection);
        command.Parameters.AddWithValue("order", orderId);
        command.Parameters.AddWithValue("intent", intentId);
        command.Parameters.AddWithValue("key", "webhook-" + intentId);
        await command.ExecuteNonQueryAsync();
        return (orderId.ToString(), intentId);
    }
}
