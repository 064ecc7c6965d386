using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Gql.AspNetCore;
using Gql.Fusion.Composition;
using Gql.Fusion.Execution;
using Gql.Fusion.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.Fusion.Tests.Hosting;

/// <summary>
/// The four sample subgraphs (accounts, products, inventory, reviews) and a gateway in front of
/// them (composed by the Composite Schemas composition), each on Kestrel on a free loopback port;
/// queries go to the gateway over real HTTP.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public static readonly string[] SubgraphNames = ["accounts", "products", "inventory", "reviews"];

    private readonly HttpClient _client = new();
    private WebApplication _gateway = null!;

    private GatewayHost()
    {
    }

    public IReadOnlyDictionary<string, SubgraphHost> Subgraphs { get; private set; } = null!;

    public FusionSchema Schema { get; private set; } = null!;

    public Uri Url { get; private set; } = null!;

    /// <summary>The gateway's services (its <c>SubgraphClients</c>, for example).</summary>
    public IServiceProvider Services => _gateway.Services;

    public SubgraphHost this[string name] => Subgraphs[name];

    public int TotalSubgraphRequests => Subgraphs.Values.Sum(s => s.RequestCount);

    public static async Task<GatewayHost> StartAsync(ConcurrencyProbe? probe = null, TimeSpan? subgraphTimeout = null, EntityBatching batching = EntityBatching.Aliases)
    {
        var host = new GatewayHost();
        var subgraphs = new Dictionary<string, SubgraphHost>(StringComparer.Ordinal);
        foreach (var name in SubgraphNames)
        {
            subgraphs[name] = await SubgraphHost.StartAsync(name, name is "accounts" or "products" ? probe : null);
        }

        host.Subgraphs = subgraphs;
        var composition = new SchemaComposer().Compose(SubgraphNames.Select(name => new SourceSchemaText(name, subgraphs[name].SourceSchema)).ToList());
        await host.StartGatewayAsync(composition.ToFusionSchema(subgraphs.Values.Select(s => s.Endpoint)), subgraphTimeout, batching);
        return host;
    }

    /// <summary>A gateway alone, in front of subgraphs the test runs itself.</summary>
    public static async Task<GatewayHost> StartInFrontOfAsync(FusionSchema schema, Action<FusionGatewayOptions>? configure = null)
    {
        var host = new GatewayHost { Subgraphs = new Dictionary<string, SubgraphHost>() };
        await host.StartGatewayAsync(schema, null, EntityBatching.Aliases, configure);
        return host;
    }

    private async Task StartGatewayAsync(FusionSchema schema, TimeSpan? subgraphTimeout, EntityBatching batching, Action<FusionGatewayOptions>? configure = null)
    {
        Schema = schema;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer().AddFusionGateway(schema, options =>
        {
            options.AllowQueryPlan = true;
            options.SubgraphTimeout = subgraphTimeout ?? TimeSpan.FromSeconds(10);
            options.EntityBatching = batching;
            configure?.Invoke(options);
        });
        _gateway = builder.Build();
        _gateway.MapGraphQL();
        await _gateway.StartAsync();
        var address = _gateway.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address + GraphQLServerDefaults.Path);
    }

    /// <summary>Posts a query to the gateway; returns the HTTP status and the parsed body.</summary>
    public async Task<(int Status, JsonObject Body)> PostAsync(string query, string? variablesJson = null, string? authorization = null, bool withPlan = false)
    {
        var (status, text) = await PostForTextAsync(query, variablesJson, authorization, withPlan);
        return (status, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Posts a query to the gateway; returns the HTTP status and the body as sent.</summary>
    public async Task<(int Status, string Body)> PostForTextAsync(string query, string? variablesJson = null, string? authorization = null, bool withPlan = false)
    {
        var body = new JsonObject { ["query"] = query };
        if (variablesJson is not null)
        {
            body["variables"] = JsonNode.Parse(variablesJson);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (withPlan)
        {
            request.Headers.Add("GraphQL-Query-Plan", "1");
        }

        using var response = await _client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _gateway.StopAsync();
        await _gateway.DisposeAsync();
        foreach (var subgraph in Subgraphs.Values)
        {
            await subgraph.DisposeAsync();
        }
    }
}
