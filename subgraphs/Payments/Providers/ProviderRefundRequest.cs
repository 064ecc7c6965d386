namespace ECommerce.Payments.Providers;

/// <summary>A refund of <paramref name="AmountMinor"/> of the charge the provider knows as <paramref name="ChargeReference"/> (or, without it, its payment <paramref name="PaymentReference"/>).</summary>
public sealed record ProviderRefundRequest(Guid RefundId, string? PaymentReference, string? ChargeReference, long AmountMinor, string Currency, string IdempotencyKey);
