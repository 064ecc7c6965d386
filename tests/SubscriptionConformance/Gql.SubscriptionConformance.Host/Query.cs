using Gql.AspNetCore;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.SubscriptionConformance.Host;

/// <summary>The query root of the conformance server.</summary>
public sealed class Query
{
    public string Hello(string name = "world") => "Hello, " + name + "!";

    /// <summary>The running subscription source streams.</summary>
    public int ActiveStreams([Service] StreamCounter counter) => counter.Active;

    /// <summary>The <c>token</c> of the WebSocket connection_init payload (graphql-ws connectionParams).</summary>
    public string? InitToken(IResolverContext context)
        => context.ContextData.TryGetValue(ContextDataKeys.ConnectionInitPayload, out var payload)
            && payload is IReadOnlyDictionary<string, object?> map && map.TryGetValue("token", out var token)
            ? token as string
            : null;
}
