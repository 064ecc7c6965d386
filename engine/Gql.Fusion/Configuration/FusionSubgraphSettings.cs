namespace Gql.Fusion.Configuration;

/// <summary>fusion.json <c>subgraphs[i]</c>.</summary>
public sealed class FusionSubgraphSettings
{
    public string Name { get; init; } = "";

    /// <summary>The subgraph's source schema SDL, relative to fusion.json.</summary>
    public string SchemaFile { get; init; } = "";

    /// <summary>Per environment: <c>http</c> and <c>subscriptions</c> URLs.</summary>
    public Dictionary<string, FusionSubgraphUrls> Urls { get; init; } = [];
}
