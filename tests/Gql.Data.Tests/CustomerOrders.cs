using Gql.Data.Tests.Model;
using Gql.DataLoader;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data.Tests;

/// <summary><c>Customer.orders</c>: a connection per customer, loaded for all customers of a level in one batch.</summary>
[ExtendObjectType(typeof(Customer))]
public sealed class CustomerOrders
{
    [UsePaging]
    public async Task<Page<Order>> GetOrders([Parent] Customer customer, IResolverContext context, [Service] DataLoaderScope scope, [Service] ShopDbContext db)
    {
        var arguments = context.GetPagingArguments();
        var loader = scope.GetOrAddDataLoader($"orders-by-customer:{arguments}", s => new OrdersByCustomerLoader(s, db, arguments));
        return await loader.LoadAsync(customer.Id, context.RequestAborted) ?? Page<Order>.Empty;
    }
}
