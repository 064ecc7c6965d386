namespace Gql.Fusion.Configuration;

/// <summary>fusion.json <c>environments.NAME</c>.</summary>
public sealed class FusionEnvironmentSettings
{
    public string? GatewayUrl { get; init; }
}
