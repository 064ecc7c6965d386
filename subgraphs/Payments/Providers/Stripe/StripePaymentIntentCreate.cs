namespace ECommerce.Payments.Providers.Stripe;

/// <summary>Parameters of <c>POST /v1/payment_intents</c>: <paramref name="Amount"/> in minor units; <paramref name="Confirm"/> charges at once with <paramref name="PaymentMethod"/>.</summary>
public sealed record StripePaymentIntentCreate(long Amount, string Currency, string? PaymentMethod, bool Confirm, IReadOnlyDictionary<string, string>? Metadata = null);
