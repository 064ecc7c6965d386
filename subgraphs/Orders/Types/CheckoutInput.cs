using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record CheckoutInput(
    ShippingAddressInput ShippingAddress,
    [property: GraphQLDescription("A Stripe test card number (\"4242424242424242\") or PaymentMethod id (\"pm_card_visa\"); passed to Payments, never stored.")] string PaymentMethod,
    [property: GraphQLDescription("Chosen by the client per checkout attempt (1 to 100 characters): a retry with the same key returns the same order and never charges twice.")] string IdempotencyKey);
