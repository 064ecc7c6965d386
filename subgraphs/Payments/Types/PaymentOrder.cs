using ECommerce.Payments.Infrastructure;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore.Authorization;
using Gql.Federation;
using Gql.Language;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Payments.Types;

/// <summary>The Orders subgraph's order, to which Payments contributes <c>payment</c>.</summary>
[Key("id")]
[GraphQLName("Order")]
public sealed class PaymentOrder
{
    [ID]
    public required string Id { get; init; }

    [GraphQLDescription("The order's latest payment attempt; null when the order was never charged. Only the order's customer, ADMIN and SERVICE callers see it (AUTH_NOT_AUTHORIZED for others).")]
    public async Task<Payment?> GetPaymentAsync(IResolverContext context, PaymentByOrderIdDataLoader payments, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(context);
        viewer.RequireAuthenticated();
        var payment = Guid.TryParse(Id, out var orderId) ? await payments.LoadAsync(orderId, cancellationToken) : null;
        if (payment is null || viewer.IsInAnyRole(Roles.Admin, Roles.Service) || (payment.UserId is { } owner && owner == viewer.UserId))
        {
            return payment;
        }

        throw new GraphQLException("The current user is not authorized to see the payment of this order.", AuthorizationErrorCodes.NotAuthorized);
    }
}
