using System.Text.Json;
using Gql.Fusion.Metadata;

namespace Gql.Fusion.Configuration;

/// <summary>fusion.json: the gateway's composition settings (format in the repository README, "fusion.json").</summary>
public sealed class FusionSettings
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public int FormatVersion { get; init; } = 1;

    public FusionGatewaySettings Gateway { get; init; } = new();

    /// <summary>Per environment name (<c>local</c>, <c>docker</c>): the gateway's own public URL.</summary>
    public Dictionary<string, FusionEnvironmentSettings> Environments { get; init; } = [];

    /// <summary>The subgraphs in composition order.</summary>
    public List<FusionSubgraphSettings> Subgraphs { get; init; } = [];

    public FusionCompositionSettings Composition { get; init; } = new();

    /// <summary>The folder fusion.json was read from; schema files are relative to it.</summary>
    public string BaseDirectory { get; private set; } = Directory.GetCurrentDirectory();

    /// <summary>Reads and checks fusion.json.</summary>
    /// <exception cref="InvalidDataException">The file is not valid fusion.json (the message says why).</exception>
    public static FusionSettings Load(string path)
    {
        FusionSettings? settings;
        try
        {
            settings = JsonSerializer.Deserialize<FusionSettings>(File.ReadAllText(path), ReadOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON: {ex.Message}", ex);
        }

        if (settings is null)
        {
            throw new InvalidDataException($"{path}: empty.");
        }

        if (settings.FormatVersion != 1)
        {
            throw new InvalidDataException($"{path}: formatVersion {settings.FormatVersion} is not supported (1 is).");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subgraph in settings.Subgraphs)
        {
            if (string.IsNullOrWhiteSpace(subgraph.Name) || !names.Add(subgraph.Name))
            {
                throw new InvalidDataException($"{path}: every subgraph needs a unique name (\"{subgraph.Name}\").");
            }

            if (subgraph.MutationTimeoutSeconds is <= 0)
            {
                throw new InvalidDataException($"{path}: subgraph \"{subgraph.Name}\": mutationTimeoutSeconds must be greater than 0.");
            }
        }

        settings.BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return settings;
    }

    /// <summary>
    /// The subgraph endpoints for <paramref name="environment"/>; an <c>ECOMMERCE_{NAME}_URL</c>
    /// variable (from <paramref name="getVariable"/>) replaces a subgraph's HTTP URL, and its
    /// WebSocket URL follows it (http → ws, https → wss).
    /// </summary>
    public IReadOnlyList<SubgraphEndpoint> ResolveEndpoints(string environment, Func<string, string?> getVariable)
    {
        var endpoints = new List<SubgraphEndpoint>(Subgraphs.Count);
        var timeout = TimeSpan.FromSeconds(Gateway.SubgraphRequestTimeoutSeconds);
        foreach (var subgraph in Subgraphs)
        {
            subgraph.Urls.TryGetValue(environment, out var urls);
            var http = urls?.Http;
            var subscriptions = urls?.Subscriptions;
            if (getVariable($"ECOMMERCE_{subgraph.Name.ToUpperInvariant()}_URL") is { Length: > 0 } overridden)
            {
                http = overridden;
                subscriptions = overridden.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
                    ? "wss:" + overridden["https:".Length..]
                    : overridden.StartsWith("http:", StringComparison.OrdinalIgnoreCase) ? "ws:" + overridden["http:".Length..] : subscriptions;
            }

            if (http is null || !Uri.TryCreate(http, UriKind.Absolute, out var httpUrl))
            {
                throw new InvalidDataException($"fusion.json: subgraph \"{subgraph.Name}\" has no valid HTTP URL for the environment \"{environment}\".");
            }

            endpoints.Add(new SubgraphEndpoint(
                subgraph.Name,
                httpUrl,
                subscriptions is not null && Uri.TryCreate(subscriptions, UriKind.Absolute, out var wsUrl) ? wsUrl : null)
            {
                Timeout = timeout,
                MutationTimeout = subgraph.MutationTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            });
        }

        return endpoints;
    }

    /// <summary>The absolute path of a file named relative to fusion.json.</summary>
    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(BaseDirectory, relative));
}
