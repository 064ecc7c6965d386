using ECommerce.Payments.Infrastructure;
using Gql.Federation;
using Gql.Types;

namespace ECommerce.Payments.Types;

/// <summary>The Orders subgraph's order, to which Payments contributes <c>payment</c>.</summary>
[Key("id")]
[GraphQLName("Order")]
public sealed class PaymentOrder
{
    [ID]
    public required string Id { get; init; }

    [GraphQLDescription("The order's latest payment attempt; null when the order was never charged.")]
    public async Task<Payment?> GetPaymentAsync(PaymentByOrderIdDataLoader payments, CancellationToken cancellationToken)
        => Guid.TryParse(Id, out var orderId) ? await payments.LoadAsync(orderId, cancellationToken) : null;
}
