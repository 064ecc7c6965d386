namespace ECommerce.Payments.Model;

/// <summary>The stored values of <see cref="PaymentRecord.Status"/> (the names of the GraphQL enum <c>PaymentStatus</c>).</summary>
public static class PaymentStatuses
{
    public const string Processing = "PROCESSING";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string Refunded = "REFUNDED";
    public const string PartiallyRefunded = "PARTIALLY_REFUNDED";

    /// <summary>Money was taken and not all of it given back.</summary>
    public static bool IsRefundable(string status) => status is Succeeded or PartiallyRefunded;

    /// <summary>The status after <paramref name="refunded"/> of <paramref name="amount"/> went back.</summary>
    public static string AfterRefunds(decimal amount, decimal refunded) => refunded <= 0 ? Succeeded : refunded >= amount ? Refunded : PartiallyRefunded;
}
