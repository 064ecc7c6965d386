using Gql.Types;

namespace ECommerce.Payments.Types;

/// <summary>The order has no payment that took money.</summary>
public sealed record PaymentNotFoundError([property: ID] string OrderId) : IError, IRefundPaymentError
{
    public string Message => "This order has no successful payment to refund.";
}
