using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Gql.Fusion.Planning;
using Gql.Language;
using Gql.Types.Resolvers;

namespace Gql.Fusion.Execution;

/// <summary>
/// A subscription through the gateway: the root fetch of the plan is a subscription to its subgraph
/// over graphql-transport-ws; each event's data becomes the root of the plan's other fetches
/// (entity fields from other subgraphs), and the merged result is the event the executor completes.
/// </summary>
internal sealed class GatewaySubscription(QueryPlan plan, FetchContext request, PlanExecutor executor)
{
    /// <summary>The subscribe resolver of every subscription field of the gateway schema.</summary>
    public static ValueTask<IAsyncEnumerable<object?>> Subscribe(IResolverContext context)
        => context.ParentValue is GatewaySubscription subscription
            ? subscription.OpenAsync(context.RequestAborted)
            : throw new InvalidOperationException("The gateway's subscription fields need the gateway's root value.");

    private async ValueTask<IAsyncEnumerable<object?>> OpenAsync(CancellationToken cancellationToken)
    {
        var root = plan.Fetches[0];
        var clients = executor.Clients;
        var endpoint = clients.GetEndpoint(root.Subgraph);
        var url = endpoint.SubscriptionUrl ?? new UriBuilder(endpoint.HttpUrl) { Scheme = endpoint.HttpUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
        SubgraphSocketClient client;
        try
        {
            client = await SubgraphSocketClient.SubscribeAsync(
                url,
                writer =>
                {
                    writer.WriteString("query", root.DocumentJson);
                    if (root.ForwardedVariables.Count > 0)
                    {
                        writer.WriteStartObject("variables");
                        PlanExecutor.WriteForwardedVariables(writer, root, request);
                        writer.WriteEndObject();
                    }
                },
                request.Headers,
                clients.GetTimeout(root.Subgraph),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new GraphQLException(new GraphQLError(
                $"Subgraph \"{root.Subgraph}\" is unavailable for subscriptions: {ex.Message}",
                null,
                null,
                new Dictionary<string, object?> { ["code"] = FusionErrorCodes.SubgraphUnavailable, ["subgraph"] = root.Subgraph }));
        }

        return ReadEventsAsync(client, root, cancellationToken);
    }

    private async IAsyncEnumerable<object?> ReadEventsAsync(SubgraphSocketClient client, FetchNode root, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (client.ConfigureAwait(false))
        {
            await foreach (var message in client.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var context = new FetchContext(request.Variables, request.Headers);
                using (message)
                {
                    var envelope = message.RootElement;
                    envelope.TryGetProperty("payload", out var payload);
                    if (envelope.GetProperty("type").GetString() == "error")
                    {
                        var failure = payload.ValueKind == JsonValueKind.Array && payload.GetArrayLength() > 0
                            ? ResultMerger.ToError(payload[0])
                            : null;
                        ResultMerger.MarkFailed(context.Root, root.ResponseNames, failure ?? ResultMerger.BadResponse(root.Subgraph, "the subscription failed"));
                    }
                    else
                    {
                        JsonElement data = default;
                        var hasData = payload.ValueKind == JsonValueKind.Object
                            && payload.TryGetProperty("data", out data)
                            && data.ValueKind == JsonValueKind.Object;
                        if (hasData)
                        {
                            ResultMerger.Merge(context.Root, data);
                        }

                        ResultMerger.PlaceErrors(context, payload, context.Root, [], 0, hasData, root);
                    }
                }

                await executor.ExecuteAfterAsync(plan, 0, context, cancellationToken).ConfigureAwait(false);
                yield return context.Root;
            }
        }
    }
}
