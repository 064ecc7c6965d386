using System.Collections.Concurrent;
using Gql.DataLoader;
using Gql.Execution;
using Gql.Federation.Tests.Shelves;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Federation.Tests;

/// <summary><c>nodes(ids:)</c> starts every load before awaiting any, so a DataLoader gets one batch.</summary>
public sealed class NodeBatchingTests : IDisposable
{
    private static readonly Schema ShelfSchema = SchemaBuilder.New().AddQueryType<ShelfQuery>().AddGlobalObjectIdentification().Build();

    private readonly ConcurrentQueue<int[]> _batches = new();
    private readonly ServiceProvider _services;

    public NodeBatchingTests()
    {
        _services = new ServiceCollection()
            .AddSingleton(_batches)
            .AddDataLoader<ShelfByIdDataLoader>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Nodes_of_one_type_are_loaded_in_one_batch()
    {
        var ids = new[] { 3, 1, 2, 500 }.Select(id => NodeId.Encode("Shelf", id)).ToList();

        var json = await ExecuteAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Shelf { label } } }", ids);

        Assert.Equal("""{"data":{"nodes":[{"label":"shelf 3"},{"label":"shelf 1"},{"label":"shelf 2"},null]}}""", json);
        var batch = Assert.Single(_batches);
        Assert.Equal([3, 1, 2, 500], batch);
    }

    private async Task<string> ExecuteAsync(string query, IReadOnlyList<string> ids)
    {
        await using var scope = _services.CreateAsyncScope();
        var request = new GraphQLRequest(query, Variables: new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList() })
        {
            Services = scope.ServiceProvider,
        };
        var result = await new RequestExecutor(ShelfSchema).ExecuteAsync(request);
        return Assert.IsType<ExecutionResult>(result).ToJson();
    }
}
