namespace ECommerce.Payments.Model;

/// <summary>A row of the <c>refunds</c> table: money given back on a payment; <see cref="IdempotencyKey"/> is unique.</summary>
public sealed class RefundRecord
{
    public Guid Id { get; set; }

    public Guid PaymentId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>One of <see cref="RefundStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>The provider's refund id (<c>re_...</c>).</summary>
    public string? ProviderReference { get; set; }

    public required string IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
