namespace ECommerce.Payments.Model;

/// <summary>The stored values of <see cref="RefundRecord.Status"/> (the names of the GraphQL enum <c>RefundStatus</c>).</summary>
public static class RefundStatuses
{
    public const string Pending = "PENDING";
    public const string Succeeded = "SUCCEEDED";
}
