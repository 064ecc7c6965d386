using Gql.Data.Tests.Model;
using Gql.Types;
using Microsoft.EntityFrameworkCore;

namespace Gql.Data.Tests.Subscriptions;

/// <summary>A subscription event: the product read through the DbContext the event's resolvers get.</summary>
public sealed class PriceChange(int productId)
{
    // Tracking on purpose: a DbContext shared by the events answers later events with the entity the first one tracked.
    public Task<Product> GetProduct([Service] ShopDbContext db, CancellationToken cancellationToken)
        => db.Products.SingleAsync(p => p.Id == productId, cancellationToken);

    public string GetDbContextId([Service] ShopDbContext db) => db.ContextId.InstanceId.ToString();

    public int GetTrackedEntities([Service] ShopDbContext db) => db.ChangeTracker.Entries().Count();
}
