using System.Text.Json;

namespace ECommerce.Payments.Providers.Stripe;

/// <summary>The fields of a Stripe Refund this service reads (<see cref="Status"/>: pending, succeeded, failed, canceled, requires_action).</summary>
public sealed record StripeRefund(string Id, long Amount, string Currency, string Status, string? Charge, string? PaymentIntent)
{
    public static StripeRefund From(JsonElement refund) => new(
        StripeJson.String(refund, "id") ?? throw new StripeException("Stripe returned a Refund without an id."),
        StripeJson.Long(refund, "amount"),
        StripeJson.String(refund, "currency") ?? "",
        StripeJson.String(refund, "status") ?? "",
        StripeJson.Id(refund, "charge"),
        StripeJson.Id(refund, "payment_intent"));
}
