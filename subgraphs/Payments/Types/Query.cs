using ECommerce.Payments.Infrastructure;
using ECommerce.ServiceDefaults.Authentication;
using Gql.Federation;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Payments.Types;

public sealed class Query
{
    public const int MaxPaymentsPerOrder = 100;

    [GraphQLDescription("Every payment attempt of an order, newest first (ADMIN or SERVICE); Order.payment shows only the latest.")]
    public async Task<IReadOnlyList<Payment>> GetPaymentsByOrderAsync([ID] string orderId, IResolverContext context, [Service] PaymentReader reader, CancellationToken cancellationToken)
    {
        Viewer.From(context).RequireRole(Roles.Admin, Roles.Service);
        if (!Guid.TryParse(orderId, out var id))
        {
            return [];
        }

        var payments = await reader.ReadAsync(
            payments => payments.Where(p => p.OrderId == id).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(MaxPaymentsPerOrder),
            cancellationToken);
        return [.. payments.Select(Payment.From)];
    }

    [Lookup]
    [Internal]
    [GraphQLDescription("The order as Payments knows it, to resolve Order.payment (the gateway's entity lookup; any signed-in caller: the gateway asks after Orders has authorized the order).")]
    public PaymentOrder? GetOrderById([ID] string id, IResolverContext context)
    {
        Viewer.From(context).RequireAuthenticated();
        return Guid.TryParse(id, out var orderId) && orderId != Guid.Empty ? new PaymentOrder { Id = orderId.ToString() } : null;
    }

    [Lookup]
    [Internal]
    [GraphQLDescription("One payment by id (the gateway's entity lookup; ADMIN or SERVICE).")]
    public async Task<Payment?> GetPaymentByIdAsync([ID] string id, IResolverContext context, PaymentByIdDataLoader payments, CancellationToken cancellationToken)
    {
        Viewer.From(context).RequireRole(Roles.Admin, Roles.Service);
        return Guid.TryParse(id, out var paymentId) ? await payments.LoadAsync(paymentId, cancellationToken) : null;
    }
}
