using Gql.Types;

namespace ECommerce.Payments.Types;

public sealed record ChargePaymentInput(
    [property: ID] string OrderId,
    [property: ID, GraphQLDescription("The customer who owns the order (Users' User.id); only they, ADMIN and SERVICE callers see the payment as Order.payment.")] string UserId,
    decimal Amount,
    [property: GraphQLDescription("ISO 4217 currency code, such as \"EUR\".")] string Currency,
    [property: GraphQLDescription("A Stripe PaymentMethod id (pm_...); with the test provider also a Stripe test card number such as \"4242424242424242\".")] string PaymentMethod,
    [property: GraphQLDescription("Repeating a charge with the same key returns the first outcome and never charges twice; it is also Stripe's Idempotency-Key.")] string IdempotencyKey);
