using System.Security.Claims;
using Gql.Language;
using Gql.Types.Resolvers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore.Authorization;

/// <summary>
/// The authorization check in front of a resolver: the request's user from <c>ContextData</c>
/// (put there by the transports), then roles, then the ASP.NET Core policy. A refusal throws a
/// <see cref="GraphQLException"/> without a path; the executor places it at the field.
/// </summary>
internal static class FieldAuthorization
{
    public static FieldResolverDelegate Guard(FieldResolverDelegate next, AuthorizationRequirement requirement)
        => context =>
        {
            var check = AuthorizeAsync(context, requirement);
            if (!check.IsCompletedSuccessfully)
            {
                return AuthorizeThenResolveAsync(check, next, context);
            }

            ThrowIfRefused(check.Result);
            return next(context);
        };

    public static SubscribeResolverDelegate Guard(SubscribeResolverDelegate next, AuthorizationRequirement requirement)
        => async context =>
        {
            ThrowIfRefused(await AuthorizeAsync(context, requirement).ConfigureAwait(false));
            return await next(context).ConfigureAwait(false);
        };

    /// <summary>Null when the request's user may resolve the field, else the error to report.</summary>
    public static ValueTask<GraphQLError?> AuthorizeAsync(IResolverContext context, AuthorizationRequirement requirement)
    {
        var user = GetUser(context);
        var authenticated = IsAuthenticated(user);
        if (requirement.Roles.Length > 0 && !(authenticated && IsInAnyRole(user!, requirement.Roles)))
        {
            return new(authenticated ? NotAuthorized(context) : NotAuthenticated(context));
        }

        if (requirement.Policy is { } policy)
        {
            // A policy may admit anonymous users, so it is evaluated before authentication is demanded.
            return AuthorizePolicyAsync(context, user ?? new ClaimsPrincipal(new ClaimsIdentity()), policy, authenticated);
        }

        if (!authenticated)
        {
            return new(NotAuthenticated(context));
        }

        if (requirement.Roles.Length > 0 || context.Services.GetService<IAuthorizationService>() is null)
        {
            return new((GraphQLError?)null);
        }

        return AuthorizeDefaultPolicyAsync(context, user!);
    }

    private static async ValueTask<object?> AuthorizeThenResolveAsync(ValueTask<GraphQLError?> check, FieldResolverDelegate next, IResolverContext context)
    {
        ThrowIfRefused(await check.ConfigureAwait(false));
        return await next(context).ConfigureAwait(false);
    }

    private static async ValueTask<GraphQLError?> AuthorizePolicyAsync(IResolverContext context, ClaimsPrincipal user, string policyName, bool authenticated)
    {
        var service = context.Services.GetService<IAuthorizationService>();
        var provider = context.Services.GetService<IAuthorizationPolicyProvider>();
        if (service is null || provider is null)
        {
            return GraphQLError.WithCode(
                $"The field {Coordinate(context)} requires the policy \"{policyName}\", but no authorization services are registered; call AddAuthorization() on the GraphQL server builder.",
                AuthorizationErrorCodes.PolicyNotFound);
        }

        var policy = await provider.GetPolicyAsync(policyName).ConfigureAwait(false);
        if (policy is null)
        {
            return GraphQLError.WithCode(
                $"The field {Coordinate(context)} requires the policy \"{policyName}\", which is not registered.",
                AuthorizationErrorCodes.PolicyNotFound);
        }

        var result = await service.AuthorizeAsync(user, context, policy).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return null;
        }

        return authenticated ? NotAuthorized(context) : NotAuthenticated(context);
    }

    private static async ValueTask<GraphQLError?> AuthorizeDefaultPolicyAsync(IResolverContext context, ClaimsPrincipal user)
    {
        var provider = context.Services.GetService<IAuthorizationPolicyProvider>();
        if (provider is null)
        {
            return null;
        }

        var policy = await provider.GetDefaultPolicyAsync().ConfigureAwait(false);
        var service = context.Services.GetRequiredService<IAuthorizationService>();
        var result = await service.AuthorizeAsync(user, context, policy).ConfigureAwait(false);
        return result.Succeeded ? null : NotAuthorized(context);
    }

    private static ClaimsPrincipal? GetUser(IResolverContext context)
    {
        var data = context.ContextData;
        if (data.TryGetValue(ContextDataKeys.ClaimsPrincipal, out var value) && value is ClaimsPrincipal user)
        {
            return user;
        }

        if (data.TryGetValue(ContextDataKeys.HttpContext, out value) && value is HttpContext httpContext)
        {
            return httpContext.User;
        }

        return context.Services.GetService<IHttpContextAccessor>()?.HttpContext?.User;
    }

    private static bool IsAuthenticated(ClaimsPrincipal? user)
    {
        if (user is null)
        {
            return false;
        }

        foreach (var identity in user.Identities)
        {
            if (identity.IsAuthenticated)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInAnyRole(ClaimsPrincipal user, string[] roles)
    {
        foreach (var role in roles)
        {
            if (user.IsInRole(role))
            {
                return true;
            }
        }

        return false;
    }

    private static void ThrowIfRefused(GraphQLError? error)
    {
        if (error is not null)
        {
            throw new GraphQLException(error);
        }
    }

    private static GraphQLError NotAuthenticated(IResolverContext context)
        => GraphQLError.WithCode(
            $"The field {Coordinate(context)} requires an authenticated user.",
            AuthorizationErrorCodes.NotAuthenticated);

    private static GraphQLError NotAuthorized(IResolverContext context)
        => GraphQLError.WithCode(
            $"The current user is not authorized to access {Coordinate(context)}.",
            AuthorizationErrorCodes.NotAuthorized);

    private static string Coordinate(IResolverContext context) => context.ObjectType.Name + "." + context.Field.Name;
}
