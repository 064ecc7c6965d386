namespace ECommerce.Orders.Types;

/// <summary>Payments could not charge for another reason than a decline (the provider failed or refused the request).</summary>
public sealed record PaymentFailedError(string Message) : IError, ICheckoutError;
