namespace ECommerce.Payments.Types;

/// <summary>Where a refund stands.</summary>
public enum RefundStatus
{
    Pending,
    Succeeded,
}
