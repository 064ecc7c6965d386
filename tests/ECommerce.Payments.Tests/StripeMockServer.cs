namespace ECommerce.Payments.Tests;

/// <summary>
/// stripe-stateful-mock 0.0.16: a stateful Stripe-compatible server with API-key checks, form bodies, idempotency,
/// charges with Stripe's test tokens (card errors, 500, 429) and refunds. It has no PaymentIntents endpoints.
/// </summary>
public sealed class StripeMockServer : NodeServerFixture
{
    /// <summary>The mock accepts any key that looks like a test secret key.</summary>
    public const string ApiKey = "sk_test_payments_tests";

    protected override string Script => "node_modules/stripe-stateful-mock/dist/cli.js";
}
