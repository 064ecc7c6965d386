using ECommerce.Payments.Types;
using Gql.DataLoader;

namespace ECommerce.Payments.Infrastructure;

/// <summary>Payments by id in one SQL statement per batch (the gateway's entity lookups of <c>Payment</c>).</summary>
public sealed class PaymentByIdDataLoader(DataLoaderScope scope, PaymentReader reader) : BatchDataLoader<Guid, Payment>(scope)
{
    protected override async Task<IReadOnlyDictionary<Guid, Payment>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
        => (await reader.ReadAsync(payments => payments.Where(p => keys.Contains(p.Id)), cancellationToken)).ToDictionary(p => p.Id, Payment.From);
}
