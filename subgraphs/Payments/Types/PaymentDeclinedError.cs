using Gql.Federation;
using Gql.Types;

namespace ECommerce.Payments.Types;

/// <summary>The card issuer or the provider declined the charge; the payment is stored as FAILED.</summary>
[ShareableType]
public sealed record PaymentDeclinedError(
    [property: GraphQLDescription("Stripe's decline code (such as \"generic_decline\", \"insufficient_funds\") or, without one, its error code (such as \"expired_card\").")] string DeclineCode,
    string Message) : IError, IChargePaymentError;
