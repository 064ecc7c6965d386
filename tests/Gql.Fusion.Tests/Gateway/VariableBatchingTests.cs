using System.Text.Json.Nodes;
using Gql.Fusion.Execution;
using Gql.Fusion.Tests.Hosting;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>Entity fetches with GraphQL over HTTP variable batching instead of aliases.</summary>
public class VariableBatchingTests
{
    [Fact]
    public async Task Entities_are_fetched_with_one_variable_set_each_in_one_request_and_errors_keep_their_paths()
    {
        await using var gateway = await GatewayHost.StartAsync(batching: EntityBatching.VariableBatching);

        var (status, body) = await gateway.PostAsync("{ topProducts(first: 30) { name inStock warehouse shippingEstimate } }");

        Assert.Equal(200, status);
        Assert.Equal(1, gateway["inventory"].RequestCount);
        var request = JsonNode.Parse(gateway["inventory"].Bodies[^1])!;
        Assert.Equal(30, request["variables"]!.AsArray().Count);
        var products = body["data"]!["topProducts"]!.AsArray();
        Assert.Equal(30, products.Count);
        Assert.False((bool?)products[2]!["inStock"]);
        Assert.Equal(150, (int?)products[2]!["shippingEstimate"]);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("""["topProducts",1,"warehouse"]""", error["path"]!.ToJsonString());
    }
}
