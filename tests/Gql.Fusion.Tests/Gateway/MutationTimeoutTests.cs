using ECommerce.Testing;
using Gql.AspNetCore;
using Gql.Federation;
using Gql.Fusion.Configuration;
using Gql.Fusion.Execution;
using Gql.Fusion.Metadata;
using Gql.Fusion.Tests.Hosting;
using Gql.Types.Resolvers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>
/// A subgraph's mutation timeout (fusion.json <c>mutationTimeoutSeconds</c>): its mutations may take longer
/// than the gateway's per-request timeout (a saga such as a checkout), its queries may not.
/// </summary>
public sealed class MutationTimeoutTests : IAsyncLifetime
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan MutationRuns = TimeSpan.FromSeconds(1);
    private WebApplication _subgraph = null!;
    private Uri _url = null!;
    private string _sourceSchema = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString("type Query { hang: String } type Mutation { placeOrder: String }")
            .AddResolver("Query", "hang", HangAsync)
            .AddResolver("Mutation", "placeOrder", PlaceOrderAsync);
        _subgraph = builder.Build();
        _subgraph.MapGraphQL();
        await _subgraph.StartAsync();
        _url = new Uri(_subgraph.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + GraphQLServerDefaults.Path);
        _sourceSchema = FederationSchemaPrinter.PrintSourceSchema(_subgraph.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);
    }

    public async Task DisposeAsync()
    {
        await _subgraph.StopAsync();
        await _subgraph.DisposeAsync();
    }

    [Fact]
    public async Task A_mutation_may_take_longer_than_the_request_timeout_when_the_subgraph_has_a_mutation_timeout()
    {
        await using var gateway = await GatewayHost.StartInFrontOfAsync(Schema(mutationTimeout: TimeSpan.FromSeconds(30)));

        var (mutationStatus, mutation) = await gateway.PostAsync("mutation { placeOrder }");
        var (_, query) = await gateway.PostAsync("{ hang }");

        Assert.Equal(200, mutationStatus);
        Assert.Null(mutation["errors"]);
        Assert.Equal("placed", (string?)mutation["data"]!["placeOrder"]);
        Assert.Equal(FusionErrorCodes.SubgraphTimeout, (string?)query["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Without_a_mutation_timeout_a_mutation_gets_the_request_timeout()
    {
        await using var gateway = await GatewayHost.StartInFrontOfAsync(Schema(mutationTimeout: null));

        var (_, mutation) = await gateway.PostAsync("mutation { placeOrder }");

        Assert.Equal(FusionErrorCodes.SubgraphTimeout, (string?)mutation["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public void The_shop_gives_orders_mutations_longer_than_its_requests_and_the_other_subgraphs_no_mutation_timeout()
    {
        var endpoints = FusionSettings.Load(Path.Combine(RepositoryRoot.Find(), "fusion.json")).ResolveEndpoints("local", _ => null);

        var orders = endpoints.Single(e => e.Name == "orders");
        Assert.Equal(TimeSpan.FromSeconds(45), orders.MutationTimeout);
        Assert.True(orders.MutationTimeout > orders.Timeout);
        Assert.All(endpoints.Where(e => e.Name != "orders"), e => Assert.Null(e.MutationTimeout));
    }

    private FusionSchema Schema(TimeSpan? mutationTimeout)
        => new FusionSchemaBuilder()
            .AddSourceSchema(new SubgraphEndpoint("orders", _url) { Timeout = QueryTimeout, MutationTimeout = mutationTimeout }, _sourceSchema)
            .Build();

    private static async ValueTask<object?> HangAsync(IResolverContext context)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        return "never";
    }

    // Longer than the request timeout: only a mutation timeout lets it through.
    private static async ValueTask<object?> PlaceOrderAsync(IResolverContext context)
    {
        await Task.Delay(MutationRuns, context.RequestAborted);
        return "placed";
    }
}
