namespace Gql.Fusion.Configuration;

/// <summary>fusion.json <c>subgraphs[i]</c>.</summary>
public sealed class FusionSubgraphSettings
{
    public string Name { get; init; } = "";

    /// <summary>The subgraph's source schema SDL, relative to fusion.json.</summary>
    public string SchemaFile { get; init; } = "";

    /// <summary>Per environment: <c>http</c> and <c>subscriptions</c> URLs.</summary>
    public Dictionary<string, FusionSubgraphUrls> Urls { get; init; } = [];

    /// <summary>
    /// How long one request of a mutation to this subgraph may take, in seconds (a mutation that runs a
    /// saga, such as a checkout calling other services, needs longer than a query); null = the
    /// gateway's <c>subgraphRequestTimeoutSeconds</c>.
    /// </summary>
    public double? MutationTimeoutSeconds { get; init; }
}
