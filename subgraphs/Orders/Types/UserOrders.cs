using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Model;
using Gql.AspNetCore.Authorization;
using Gql.Data;
using Gql.Language;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Orders.Types;

[ExtendObjectType(typeof(User))]
public sealed class UserOrders
{
    [UsePaging(IncludeTotalCount = true, MaxPageSize = Query.MaxPageSize)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("The user's orders, newest first unless `order` says otherwise (the user themselves, ADMIN and SERVICE).")]
    public IQueryable<Order> GetOrders([Parent] User user, IResolverContext context, [Service] RequestContexts contexts)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = Guid.Parse(user.Id);
        if (!Viewer.From(context).CanReadOrdersOf(userId))
        {
            throw new GraphQLException("The current user is not authorized to read this user's orders.", AuthorizationErrorCodes.NotAuthorized);
        }

        return contexts.Create().Orders.Where(o => o.UserId == userId).OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id);
    }
}
