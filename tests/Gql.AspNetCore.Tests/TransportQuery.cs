using System.Security.Claims;
using Gql.Types.Resolvers;

namespace Gql.AspNetCore.Tests;

/// <summary>The query root of <see cref="TransportServerFixture"/>: reports what the transport put in the request.</summary>
public sealed class TransportQuery
{
    public string Hello(string name = "world") => "Hello, " + name + "!";

    /// <summary>The <c>token</c> entry of the WebSocket's connection_init payload.</summary>
    public string? InitToken(IResolverContext context)
        => context.ContextData.TryGetValue(ContextDataKeys.ConnectionInitPayload, out var payload)
            && payload is IReadOnlyDictionary<string, object?> map && map.TryGetValue("token", out var token)
            ? token as string
            : null;

    public string UserName(IResolverContext context)
        => context.ContextData.TryGetValue(ContextDataKeys.ClaimsPrincipal, out var value) && value is ClaimsPrincipal { Identity.Name: { } name }
            ? name
            : "anonymous";

    public bool HasHttpContext(IResolverContext context)
        => context.ContextData.TryGetValue(ContextDataKeys.HttpContext, out var value) && value is Microsoft.AspNetCore.Http.HttpContext;

    /// <summary>The operation id the socket interceptor stored.</summary>
    public string? OperationId(IResolverContext context)
        => context.ContextData.TryGetValue(TestSocketInterceptor.OperationIdKey, out var id) ? id as string : null;

    public string Tenant(IResolverContext context)
        => context.ContextData.TryGetValue(TenantInterceptor.Key, out var tenant) ? tenant as string ?? "" : "";
}
