namespace ECommerce.Payments.Infrastructure;

/// <summary>A checked <c>chargePayment</c> input: the currency upper case, the amount in minor units as well.</summary>
public sealed record ChargeCommand(Guid OrderId, Guid UserId, decimal Amount, long AmountMinor, string Currency, string PaymentMethod, string IdempotencyKey);
