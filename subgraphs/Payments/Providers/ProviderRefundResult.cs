namespace ECommerce.Payments.Providers;

/// <summary>The provider's refund id and whether the money went back already (Stripe may leave a refund pending).</summary>
public sealed record ProviderRefundResult(string Reference, bool Succeeded);
