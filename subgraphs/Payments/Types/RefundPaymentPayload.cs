namespace ECommerce.Payments.Types;

/// <summary>The refund and the payment after it, or why nothing was refunded.</summary>
public sealed record RefundPaymentPayload(Payment? Payment, Refund? Refund, IReadOnlyList<IRefundPaymentError>? Errors);
