using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore;

/// <summary><c>app.MapGraphQL()</c>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the schema over GraphQL over HTTP at <paramref name="path"/> (GET and POST; other
    /// methods get 405). Builds the schema now, so schema errors surface at start-up.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = GraphQLServerDefaults.Path, string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(path);
        var provider = endpoints.ServiceProvider.GetService<RequestExecutorProvider>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLServer() before app.MapGraphQL().");
        var handler = new GraphQLHttpHandler(provider.GetServer(schemaName));
        return endpoints.Map(path, (RequestDelegate)handler.HandleAsync).WithDisplayName("GraphQL " + path);
    }
}
