namespace ECommerce.Shop.Testing;

/// <summary>
/// One request a subgraph app received: from the gateway or from another service (Orders' calls
/// carry <see cref="SubgraphRequestLog.CallerHeader"/>), the operation name, the operation type
/// (<c>query</c>, <c>mutation</c>, <c>subscription</c>; <c>websocket</c> for a socket upgrade),
/// and the root field names in document order (an aliased batch of lookups lists the lookup once
/// per entity).
/// </summary>
public sealed record SubgraphRequest(string Subgraph, string Caller, string? OperationName, string OperationType, IReadOnlyList<string> RootFields, string Query)
{
    public const string GatewayCaller = "gateway";

    public bool IsFromGateway => Caller == GatewayCaller;
}
