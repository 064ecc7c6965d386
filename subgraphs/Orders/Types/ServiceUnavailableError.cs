namespace ECommerce.Orders.Types;

/// <summary>Another service of the shop did not answer (after retries); nothing was charged, try again later.</summary>
public sealed record ServiceUnavailableError(string Service, string Message) : IError, ICheckoutError, ICancelOrderError, IRefundOrderError;
