using System.Security.Claims;
using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.Language;
using Gql.Types.Resolvers;

namespace ECommerce.Users.Types;

/// <summary>Who sends the request, from the Bearer token the transport put into the request's context data.</summary>
internal sealed class Viewer(ClaimsPrincipal principal)
{
    public bool IsAuthenticated => principal.Identity?.IsAuthenticated == true;

    /// <summary>The user id of the token's subject; null for anonymous requests and service tokens.</summary>
    public Guid? UserId => IsAuthenticated && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsAdmin => IsAuthenticated && principal.IsInRole(Roles.Admin);

    public bool IsService => IsAuthenticated && principal.IsInRole(Roles.Service);

    public static Viewer From(IResolverContext context)
        => new(context.ContextData.TryGetValue(ContextDataKeys.ClaimsPrincipal, out var value) && value is ClaimsPrincipal user ? user : new ClaimsPrincipal(new ClaimsIdentity()));

    /// <summary>The signed-in user's id, or an AUTH_NOT_AUTHENTICATED error.</summary>
    public Guid RequireUser()
    {
        if (!IsAuthenticated)
        {
            throw new GraphQLException("The current user is not authenticated: send a Bearer token from logIn or signUp.", AuthorizationErrorCodes.NotAuthenticated);
        }

        return UserId ?? throw new GraphQLException("The token does not belong to a user account.", AuthorizationErrorCodes.NotAuthorized);
    }

    /// <summary>AUTH_NOT_AUTHENTICATED for anonymous requests, AUTH_NOT_AUTHORIZED without one of <paramref name="roles"/>.</summary>
    public void RequireRole(params string[] roles)
    {
        if (!IsAuthenticated)
        {
            throw new GraphQLException("The current user is not authenticated.", AuthorizationErrorCodes.NotAuthenticated);
        }

        if (!roles.Any(principal.IsInRole))
        {
            throw new GraphQLException($"The current user is not authorized: this needs the role {string.Join(" or ", roles)}.", AuthorizationErrorCodes.NotAuthorized);
        }
    }
}
