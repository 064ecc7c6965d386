using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore.Authorization;
using Gql.Data;
using Gql.Federation;
using Gql.Language;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Orders.Types;

public sealed class Query
{
    public const int MaxPageSize = 100;

    [Authorize]
    [Lookup]
    [GraphQLDescription("One order by id: for its customer, ADMIN and other services of the shop; null when unknown or someone else's.")]
    public async Task<Order?> GetOrderByIdAsync([ID] string id, IResolverContext context, OrderByIdDataLoader orders, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var orderId) || await orders.LoadAsync(orderId, cancellationToken) is not { } order)
        {
            return null;
        }

        return Viewer.From(context).CanRead(order) ? order : null;
    }

    [Authorize]
    [Lookup]
    [Internal]
    [GraphQLDescription("The user whose orders are asked for (the gateway's entity lookup): the user themselves, ADMIN and SERVICE tokens.")]
    public User? GetUserById([ID] string id, IResolverContext context)
    {
        if (!Guid.TryParse(id, out var userId))
        {
            return null;
        }

        if (!Viewer.From(context).CanReadOrdersOf(userId))
        {
            throw new GraphQLException("The current user is not authorized to read this user's orders.", AuthorizationErrorCodes.NotAuthorized);
        }

        return new User(userId.ToString());
    }

    [Authorize]
    [GraphQLDescription("The signed-in customer's cart (empty when nothing was added yet).")]
    public async Task<Cart?> GetCartAsync(IResolverContext context, [Service] CartStore carts, CancellationToken cancellationToken)
        => await carts.GetAsync(Viewer.From(context).RequireUser(), cancellationToken);

    [Authorize(Roles = new[] { Roles.Admin })]
    [UsePaging(IncludeTotalCount = true, MaxPageSize = MaxPageSize)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Every customer's orders, newest first unless `order` says otherwise (ADMIN only).")]
    public IQueryable<Order> GetOrders([Service] RequestContexts contexts)
        => contexts.Create().Orders.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id);

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("Sales of the orders placed from `from` (inclusive) to `to` (exclusive) that are paid, shipped or delivered (ADMIN only).")]
    public async Task<SalesSummary?> GetSalesSummaryAsync(DateTimeOffset from, DateTimeOffset to, [Service] SalesReport report, CancellationToken cancellationToken, int top = 5)
    {
        if (to < from)
        {
            throw new GraphQLException("\"to\" must not be before \"from\".", ErrorCodes.BadUserInput);
        }

        if (top is < 1 or > MaxPageSize)
        {
            throw new GraphQLException($"\"top\" must be 1 to {MaxPageSize}.", ErrorCodes.BadUserInput);
        }

        return await report.SummarizeAsync(from, to, top, cancellationToken);
    }
}
