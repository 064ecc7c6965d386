namespace ECommerce.Payments.Infrastructure;

/// <summary>A checked <c>refundPayment</c> input; <see cref="Amount"/> null refunds all that is left.</summary>
public sealed record RefundCommand(Guid OrderId, decimal? Amount, string IdempotencyKey);
