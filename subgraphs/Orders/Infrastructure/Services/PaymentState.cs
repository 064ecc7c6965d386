namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>A payment of an order as Payments reports it (<c>status</c> is its PaymentStatus value).</summary>
public sealed record PaymentState(string Id, string Status)
{
    public const string Processing = "PROCESSING";
    public const string Succeeded = "SUCCEEDED";
}
