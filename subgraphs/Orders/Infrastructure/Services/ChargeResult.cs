namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>What Payments answered to a charge: succeeded (with the payment id), declined (with its code) or failed.</summary>
public sealed record ChargeResult(bool Succeeded, string? PaymentId, bool Declined, string? DeclineCode, string? FailureMessage);
