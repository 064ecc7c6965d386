using Gql.Data.Tests.Model;
using Gql.DataLoader;

namespace Gql.Data.Tests;

/// <summary>One page of orders (newest first) per customer of a batch, in one SQL statement.</summary>
public sealed class OrdersByCustomerLoader(DataLoaderScope scope, ShopDbContext db, PagingArguments arguments)
    : BatchDataLoader<int, Page<Order>>(scope)
{
    protected override async Task<IReadOnlyDictionary<int, Page<Order>>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        => await db.Orders
            .Where(o => keys.Contains(o.CustomerId))
            .OrderByDescending(o => o.PlacedAt)
            .ThenBy(o => o.Id)
            .ToBatchPageAsync(o => o.CustomerId, arguments, cancellationToken);
}
