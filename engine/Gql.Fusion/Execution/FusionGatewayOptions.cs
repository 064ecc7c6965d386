namespace Gql.Fusion.Execution;

/// <summary>Settings of the gateway's plan executor (fusion.json's <c>gateway</c> section maps onto them).</summary>
public sealed class FusionGatewayOptions
{
    /// <summary>How long one subgraph request may take unless the subgraph has its own timeout.</summary>
    public TimeSpan SubgraphTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Request headers passed on to every subgraph request (the caller's <c>Authorization</c>).</summary>
    public List<string> ForwardHeaders { get; } = ["Authorization"];

    /// <summary>How an entity fetch asks for several entities in one request (a batch lookup is used when the subgraph has one).</summary>
    public EntityBatching EntityBatching { get; set; } = EntityBatching.Aliases;

    /// <summary>
    /// Sends identical subgraph requests of queries that are in flight at the same time once and
    /// gives every caller the answer (same subgraph, body and forwarded headers, so callers with
    /// different <c>Authorization</c> never share; mutations are never shared).
    /// </summary>
    public bool DeduplicateSubgraphRequests { get; set; } = true;

    /// <summary>
    /// Lets clients ask for the query plan in <c>extensions.queryPlan</c> with the request header
    /// <c>GraphQL-Query-Plan: 1</c> or the request extension <c>{"queryPlan": true}</c>.
    /// </summary>
    public bool AllowQueryPlan { get; set; }

    /// <summary>
    /// Writes a response's data straight from the merged subgraph results, guided by the
    /// operation's precompiled shape, instead of completing them again in the executor; responses
    /// that need more (null propagation, errors, introspection) are completed by the executor either
    /// way, so the output is the same.
    /// </summary>
    public bool WriteResponsesDirectly { get; set; } = true;
}
