using Gql.Types;

namespace ECommerce.Payments.Types;

/// <summary>The payment provider could not be asked or answered with an error; nothing was stored.</summary>
public sealed record PaymentProviderError(
    string Message,
    [property: GraphQLDescription("True when the same request (with the same idempotencyKey) may succeed later: a timeout, an unreachable provider, a 5xx or rate-limit answer.")] bool Retryable)
    : IError, IChargePaymentError, IRefundPaymentError;
