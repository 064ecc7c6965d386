using Gql.Execution;
using Gql.FederationComposition.Host;
using Gql.FederationComposition.Host.Products;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Federation.Tests;

/// <summary>One sample subgraph (schema, services, executor) from the composition host, run in process.</summary>
public sealed class SubgraphFixture : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly RequestExecutor _executor;

    public SubgraphFixture(string name)
    {
        Schema = SampleSubgraphs.Configure(name, SchemaBuilder.New()).Build();
        _services = SampleSubgraphs.AddServices(name, new ServiceCollection())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _executor = new RequestExecutor(Schema);
    }

    public Schema Schema { get; }

    public ProductCatalog Catalog => _services.GetRequiredService<ProductCatalog>();

    public async Task<string> ExecuteAsync(string query, string? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var request = new GraphQLRequest(query, Variables: variables is null ? null : JsonVariables.Parse(variables))
        {
            Services = scope.ServiceProvider,
        };
        var result = await _executor.ExecuteAsync(request);
        return Assert.IsType<ExecutionResult>(result).ToJson();
    }

    public void Dispose() => _services.Dispose();
}
