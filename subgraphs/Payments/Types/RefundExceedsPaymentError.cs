namespace ECommerce.Payments.Types;

/// <summary>The refund asks for more than is left of the payment (<see cref="Refundable"/>, in the payment's currency).</summary>
public sealed record RefundExceedsPaymentError(decimal Requested, decimal Refundable) : IError, IRefundPaymentError
{
    public string Message => Refundable == 0
        ? "This payment has been refunded in full already."
        : "The refund is larger than what is left of the payment.";
}
