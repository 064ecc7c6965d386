using System.Security.Claims;
using ECommerce.Orders.Model;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.Language;
using Gql.Types.Resolvers;

namespace ECommerce.Orders.Types;

/// <summary>Who sends the request, from the Bearer token the transport put into the request's context data.</summary>
internal sealed class Viewer(ClaimsPrincipal principal)
{
    public bool IsAuthenticated => principal.Identity?.IsAuthenticated == true;

    /// <summary>The user id of the token's subject; null for anonymous requests and service tokens.</summary>
    public Guid? UserId => IsAuthenticated && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>ADMIN and SERVICE tokens read every order.</summary>
    public bool SeesAllOrders => IsAuthenticated && (principal.IsInRole(Roles.Admin) || principal.IsInRole(Roles.Service));

    public static Viewer From(IResolverContext context)
        => new(context.ContextData.TryGetValue(ContextDataKeys.ClaimsPrincipal, out var value) && value is ClaimsPrincipal user ? user : new ClaimsPrincipal(new ClaimsIdentity()));

    public bool CanRead(Order order) => SeesAllOrders || order.UserId == UserId;

    public bool CanReadOrdersOf(Guid userId) => SeesAllOrders || userId == UserId;

    /// <summary>The signed-in customer's id (carts and checkout belong to a user account), or an AUTH_ error.</summary>
    public Guid RequireUser()
    {
        if (!IsAuthenticated)
        {
            throw new GraphQLException("The current user is not authenticated: send a Bearer token from logIn or signUp.", AuthorizationErrorCodes.NotAuthenticated);
        }

        return UserId ?? throw new GraphQLException("The token does not belong to a user account.", AuthorizationErrorCodes.NotAuthorized);
    }
}
