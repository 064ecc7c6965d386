using Gql.Fusion.Execution;
using Gql.Fusion.Tests.Hosting;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>Subgraphs that are down or slow: their fields are null with errors, the rest is answered, never a 5xx.</summary>
public class PartialResultTests
{
    [Fact]
    public async Task A_stopped_subgraph_nulls_its_entity_fields_with_errors_at_their_paths()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await gateway["reviews"].StopAsync();

        var (status, body) = await gateway.PostAsync("{ topProducts(first: 2) { name reviews { body } } }");

        Assert.Equal(200, status);
        var products = body["data"]!["topProducts"]!.AsArray();
        Assert.Equal("Product 1", (string?)products[0]!["name"]);
        Assert.Null(products[0]!["reviews"]);
        var errors = body["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        Assert.Equal(FusionErrorCodes.SubgraphUnavailable, (string?)errors[0]!["extensions"]!["code"]);
        Assert.Equal("""["topProducts",0,"reviews"]""", errors[0]!["path"]!.ToJsonString());
        Assert.Equal("""["topProducts",1,"reviews"]""", errors[1]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task A_stopped_subgraph_nulls_its_root_fields_and_the_other_root_fields_are_answered()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await gateway["accounts"].StopAsync();

        var (status, body) = await gateway.PostAsync("{ me { name } topProducts(first: 1) { name } }");

        Assert.Equal(200, status);
        Assert.Null(body["data"]!["me"]);
        Assert.Equal("Product 1", (string?)body["data"]!["topProducts"]![0]!["name"]);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("""["me"]""", error["path"]!.ToJsonString());
        Assert.Equal(FusionErrorCodes.SubgraphUnavailable, (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_subgraph_that_does_not_answer_in_time_gets_a_timeout_error()
    {
        await using var gateway = await GatewayHost.StartAsync(subgraphTimeout: TimeSpan.FromMilliseconds(300));
        gateway["inventory"].Hang = true;

        var (status, body) = await gateway.PostAsync("{ topProducts(first: 2) { name inStock } }");

        Assert.Equal(200, status);
        Assert.Equal("Product 2", (string?)body["data"]!["topProducts"]![1]!["name"]);
        Assert.Null(body["data"]!["topProducts"]![1]!["inStock"]);
        Assert.All(body["errors"]!.AsArray(), e => Assert.Equal(FusionErrorCodes.SubgraphTimeout, (string?)e!["extensions"]!["code"]));
    }

    [Fact]
    public async Task Fetches_that_do_not_depend_on_each_other_run_at_the_same_time()
    {
        var probe = new ConcurrencyProbe(2);
        await using var gateway = await GatewayHost.StartAsync(probe);

        var (status, body) = await gateway.PostAsync("{ me { name } topProducts(first: 1) { name } }");

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        Assert.Equal(2, probe.MaxInFlight);
    }
}
