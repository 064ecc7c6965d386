using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gql.AspNetCore;

/// <summary>
/// Picks the transport for a request on the GraphQL path: WebSocket upgrades, then the IDE's
/// files below the path, then graphql-sse (event-stream requests, PUT, DELETE), then the IDE
/// page for browsers, and GraphQL over HTTP for everything else.
/// </summary>
internal sealed class GraphQLEndpointRouter(GraphQLServer server, string schemaName, string path)
{
    public const string FileRouteValue = "gqlToolFile";

    private readonly GraphQLServerOptions _options = server.Options;
    private readonly GraphQLHttpHandler _http = new(server);
    private readonly GraphQLWebSocketHandler _sockets = new(server, schemaName);
    private readonly GraphQLSseHandler _sse = new(server);
    private readonly BananaCakePopHandler _tool = new(server.Options.Tool, path);

    public Task HandleAsync(HttpContext context)
    {
        if (_options.Sockets.Enable && context.WebSockets.IsWebSocketRequest)
        {
            return _sockets.HandleAsync(context);
        }

        if (context.GetRouteValue(FileRouteValue) is string { Length: > 0 } file)
        {
            if (_options.Tool.Enable)
            {
                return _tool.HandleFileAsync(context, file);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (_options.Sse.Enable && _sse.IsSseRequest(context))
        {
            return _sse.HandleAsync(context);
        }

        if (_options.Tool.Enable && BananaCakePopHandler.IsAvailable && BananaCakePopHandler.IsIdeRequest(context))
        {
            return _tool.HandleIndexAsync(context);
        }

        return _http.HandleAsync(context);
    }
}
