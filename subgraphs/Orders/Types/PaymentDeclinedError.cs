using Gql.Federation;

namespace ECommerce.Orders.Types;

/// <summary>The payment was declined (the order is PAYMENT_FAILED and its stock released); try another payment method.</summary>
[ShareableType]
public sealed record PaymentDeclinedError(string? DeclineCode, string Message) : IError, ICheckoutError;
