namespace ECommerce.Payments.Providers.Stripe;

/// <summary>Parameters of <c>POST /v1/refunds</c>: the charge (or PaymentIntent) to refund; <paramref name="Amount"/> null refunds the rest.</summary>
public sealed record StripeRefundCreate(string? Charge, string? PaymentIntent, long? Amount, IReadOnlyDictionary<string, string>? Metadata = null);
