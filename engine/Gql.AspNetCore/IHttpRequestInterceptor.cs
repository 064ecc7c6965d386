using Gql.Execution;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore;

/// <summary>
/// Sees every GraphQL request the HTTP transport creates before it executes (Hot Chocolate's
/// interceptor of the same name): add <c>ContextData</c> entries (they are mutable), or return a
/// changed request (<c>request with { RootValue = ... }</c>). Registered as a singleton.
/// </summary>
public interface IHttpRequestInterceptor
{
    ValueTask<GraphQLRequest> OnCreateAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken);
}
