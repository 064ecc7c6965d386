using ECommerce.Payments.Types;
using Gql.DataLoader;

namespace ECommerce.Payments.Infrastructure;

/// <summary>
/// The latest payment of each order, for <c>Order.payment</c>: one SQL statement per batch (payments with their
/// refunds), however many orders the gateway looks up at once.
/// </summary>
public sealed class PaymentByOrderIdDataLoader(DataLoaderScope scope, PaymentReader reader) : BatchDataLoader<Guid, Payment>(scope)
{
    protected override async Task<IReadOnlyDictionary<Guid, Payment>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
        => (await reader.ReadAsync(payments => payments.Where(p => keys.Contains(p.OrderId)), cancellationToken))
            .GroupBy(p => p.OrderId)
            .ToDictionary(g => g.Key, g => Payment.From(g.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).First()));
}
