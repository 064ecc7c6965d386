using System.Text.Json;
using Gql.Language;
using Gql.Language.Syntax;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ECommerce.Shop.Testing;

/// <summary>
/// Put in front of a subgraph app's pipeline (an <see cref="IStartupFilter"/>, so the app's own
/// Build method stays untouched): records each GraphQL POST and WebSocket upgrade in the log.
/// </summary>
internal sealed class SubgraphRequestRecorder(string subgraph, SubgraphRequestLog log) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(RecordAsync);
        next(app);
    };

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        var caller = context.Request.Headers[SubgraphRequestLog.CallerHeader].ToString() is { Length: > 0 } value ? value : SubgraphRequest.GatewayCaller;
        if (context.WebSockets.IsWebSocketRequest)
        {
            log.Add(new SubgraphRequest(subgraph, caller, null, "websocket", [], ""));
        }
        else if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/graphql"))
        {
            context.Request.EnableBuffering();
            try
            {
                using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                var requests = body.RootElement.ValueKind == JsonValueKind.Array ? body.RootElement.EnumerateArray().ToList() : [body.RootElement];
                foreach (var request in requests)
                {
                    log.Add(Describe(caller, request));
                }
            }
            catch (JsonException)
            {
                log.Add(new SubgraphRequest(subgraph, caller, null, "unparsable", [], ""));
            }

            context.Request.Body.Position = 0;
        }

        await next(context);
    }

    private SubgraphRequest Describe(string caller, JsonElement request)
    {
        var query = request.TryGetProperty("query", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";
        var operationName = request.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        try
        {
            var operation = Parser.Parse(query).Definitions.OfType<OperationDefinitionNode>()
                .First(o => operationName is null || o.Name?.Value == operationName);
            var fields = operation.SelectionSet.Selections.OfType<FieldNode>().Select(f => f.Name.Value).ToList();
            return new SubgraphRequest(subgraph, caller, operationName ?? operation.Name?.Value, operation.Operation.ToString().ToLowerInvariant(), fields, query);
        }
        catch (Exception ex) when (ex is GraphQLException or InvalidOperationException)
        {
            return new SubgraphRequest(subgraph, caller, operationName, "unparsable", [], query);
        }
    }
}
