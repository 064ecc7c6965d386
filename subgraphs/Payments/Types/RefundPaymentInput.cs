using Gql.Types;

namespace ECommerce.Payments.Types;

public sealed record RefundPaymentInput(
    [property: ID] string OrderId,
    [property: GraphQLDescription("How much to give back; null (or left out) gives back all that is left.")] decimal? Amount,
    [property: GraphQLDescription("Repeating a refund with the same key returns the first refund and never refunds twice.")] string IdempotencyKey);
