namespace ECommerce.Payments.Providers;

/// <summary>A charge of <paramref name="AmountMinor"/> (in the currency's minor unit) for one payment.</summary>
public sealed record ProviderChargeRequest(Guid PaymentId, Guid OrderId, long AmountMinor, string Currency, string PaymentMethod, string IdempotencyKey);
