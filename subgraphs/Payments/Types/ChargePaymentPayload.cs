namespace ECommerce.Payments.Types;

/// <summary>The payment (also when it was declined: then FAILED) and why it did not succeed.</summary>
public sealed record ChargePaymentPayload(Payment? Payment, IReadOnlyList<IChargePaymentError>? Errors);
