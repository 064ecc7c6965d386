using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore;

/// <summary><c>app.MapGraphQL()</c>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the schema at <paramref name="path"/>: GraphQL over HTTP (GET and POST), GraphQL over
    /// WebSocket (<c>graphql-transport-ws</c>; the endpoint adds the WebSocket middleware itself),
    /// GraphQL over SSE (graphql-sse), and the Banana Cake Pop IDE for browsers (its files below
    /// the path). Builds the schema now, so schema errors surface at start-up.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = GraphQLServerDefaults.Path, string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(path);
        var provider = endpoints.ServiceProvider.GetService<RequestExecutorProvider>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLServer() before app.MapGraphQL().");
        var server = provider.GetServer(schemaName);
        var trimmed = path.TrimEnd('/');
        var router = new GraphQLEndpointRouter(server, schemaName ?? GraphQLServerDefaults.SchemaName, trimmed);

        // WebSocket upgrades need the WebSocket middleware; running it inside the endpoint means
        // app.UseWebSockets() is not required (and is harmless when present).
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseWebSockets();
        pipeline.Run(router.HandleAsync);
        var handler = pipeline.Build();

        var main = endpoints.Map(trimmed.Length == 0 ? "/" : trimmed, handler).WithDisplayName("GraphQL " + path);
        var files = endpoints.Map(trimmed + "/{**" + GraphQLEndpointRouter.FileRouteValue + "}", handler).WithDisplayName("GraphQL IDE files " + path);
        return new GraphQLEndpointConventionBuilder([main, files]);
    }
}
