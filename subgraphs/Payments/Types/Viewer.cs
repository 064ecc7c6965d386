using System.Security.Claims;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.Language;
using Gql.Types.Resolvers;

namespace ECommerce.Payments.Types;

/// <summary>Who sends the request, from the Bearer token the transport put into the request's context data.</summary>
internal sealed class Viewer(ClaimsPrincipal principal)
{
    public bool IsAuthenticated => principal.Identity?.IsAuthenticated == true;

    /// <summary>The signed-in user's id (the token's subject), when it is a UUID.</summary>
    public Guid? UserId => IsAuthenticated && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsInAnyRole(params string[] roles) => roles.Any(principal.IsInRole);

    public static Viewer From(IResolverContext context)
        => new(context.ContextData.TryGetValue(ContextDataKeys.ClaimsPrincipal, out var value) && value is ClaimsPrincipal user ? user : new ClaimsPrincipal(new ClaimsIdentity()));

    /// <summary>AUTH_NOT_AUTHENTICATED for anonymous requests.</summary>
    public void RequireAuthenticated()
    {
        if (!IsAuthenticated)
        {
            throw new GraphQLException("The current user is not authenticated.", AuthorizationErrorCodes.NotAuthenticated);
        }
    }

    /// <summary>AUTH_NOT_AUTHENTICATED for anonymous requests, AUTH_NOT_AUTHORIZED without one of <paramref name="roles"/>.</summary>
    public void RequireRole(params string[] roles)
    {
        RequireAuthenticated();
        if (!roles.Any(principal.IsInRole))
        {
            throw new GraphQLException($"The current user is not authorized: this needs the role {string.Join(" or ", roles)}.", AuthorizationErrorCodes.NotAuthorized);
        }
    }
}
