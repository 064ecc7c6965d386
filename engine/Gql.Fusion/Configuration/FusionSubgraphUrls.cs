namespace Gql.Fusion.Configuration;

/// <summary>fusion.json <c>subgraphs[i].urls.ENVIRONMENT</c>.</summary>
public sealed class FusionSubgraphUrls
{
    public string? Http { get; init; }

    public string? Subscriptions { get; init; }
}
