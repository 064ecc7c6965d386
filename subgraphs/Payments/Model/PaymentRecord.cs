namespace ECommerce.Payments.Model;

/// <summary>
/// A row of the <c>payments</c> table: one charge attempt for an order. <see cref="IdempotencyKey"/> is
/// unique, so a repeated <c>chargePayment</c> finds this row instead of charging again.
/// </summary>
public sealed class PaymentRecord
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    /// <summary>The customer who owns the order; null for payments stored before owners were recorded (only ADMIN and SERVICE see those).</summary>
    public Guid? UserId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public required string Currency { get; set; }

    /// <summary>One of <see cref="PaymentStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary><c>test</c> or <c>stripe</c>.</summary>
    public required string Provider { get; set; }

    /// <summary>The provider's id of the charge (a Stripe PaymentIntent id, <c>pi_...</c>).</summary>
    public string? ProviderReference { get; set; }

    /// <summary>The provider's id of the captured charge (<c>ch_...</c>), which refunds name.</summary>
    public string? ProviderChargeReference { get; set; }

    /// <summary>What the caller asked to charge with (a test card number is kept as its last four digits only).</summary>
    public required string PaymentMethod { get; set; }

    public string? FailureCode { get; set; }

    public string? FailureMessage { get; set; }

    public decimal AmountRefunded { get; set; }

    public required string IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<RefundRecord> Refunds { get; } = [];
}
