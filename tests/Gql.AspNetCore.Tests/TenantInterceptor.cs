using Gql.Execution;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore.Tests;

/// <summary>Copies the X-Tenant header into the request's context data.</summary>
public sealed class TenantInterceptor : IHttpRequestInterceptor
{
    public const string Key = "tenant";

    public ValueTask<GraphQLRequest> OnCreateAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken)
    {
        request.ContextData![Key] = context.Request.Headers["X-Tenant"].ToString();
        return ValueTask.FromResult(request);
    }
}
