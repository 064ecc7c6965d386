using System.Security.Claims;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.AspNetCore.Tests;

public sealed class TestQuery
{
    public string Hello(string name = "world") => "Hello, " + name + "!";

    public int Add(int a, int b) => a + b;

    public string? Fail() => throw new InvalidOperationException("This field always fails.");

    public string UserName(IResolverContext context)
        => context.ContextData.TryGetValue(ContextDataKeys.ClaimsPrincipal, out var value) && value is ClaimsPrincipal { Identity.Name: { } name }
            ? name
            : "anonymous";

    public string Tenant(IResolverContext context) => (string)context.ContextData[TenantInterceptor.Key]!;

    public string RequestMarker([Service] RequestMarker marker) => marker.Id;
}
