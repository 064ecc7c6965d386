namespace Gql.Fusion.Configuration;

/// <summary>fusion.json <c>gateway.tool</c>: Banana Cake Pop.</summary>
public sealed class FusionToolSettings
{
    public bool Enabled { get; init; } = true;

    public string Title { get; init; } = "GraphQL";
}
