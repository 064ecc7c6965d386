namespace ECommerce.Payments.Tests;

/// <summary>
/// emulate 0.4.1's Stripe service: a stateful Stripe-compatible server with PaymentIntents (create, confirm, retrieve).
/// It leaves a PaymentIntent created with confirm=true in requires_confirmation, confirms every payment method, and has
/// no refunds, idempotency or card errors (stripe-stateful-mock covers those).
/// </summary>
public sealed class StripeEmulatorServer : NodeServerFixture
{
    protected override string Script => "node_modules/emulate/dist/index.js";

    protected override IEnumerable<string> Arguments(int port) => ["--service", "stripe", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
}
