namespace ECommerce.Payments.Types;

/// <summary>Where a payment stands.</summary>
public enum PaymentStatus
{
    /// <summary>The provider has not decided yet (a webhook or a repeat of the charge brings the outcome).</summary>
    Processing,
    Succeeded,
    Failed,
    Refunded,
    PartiallyRefunded,
}
