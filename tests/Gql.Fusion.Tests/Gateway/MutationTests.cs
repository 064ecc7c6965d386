using Gql.Fusion.Tests.Hosting;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>Mutations through the gateway: root fields one after another, entity fields fetched after each.</summary>
public class MutationTests
{
    [Fact]
    public async Task Mutation_fields_run_in_order_and_their_results_are_completed_from_other_subgraphs()
    {
        await using var gateway = await GatewayHost.StartAsync();

        var (status, body) = await gateway.PostAsync(
            """
            mutation {
              first: addReview(upc: "p4", body: "One") { id product { name } }
              second: addReview(upc: "p4", body: "Two") { id author { name } product { reviews { body } } }
            }
            """);

        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
        Assert.Equal("Product 4", (string?)body["data"]!["first"]!["product"]!["name"]);
        Assert.Equal("User 1", (string?)body["data"]!["second"]!["author"]!["name"]);
        var reviews = body["data"]!["second"]!["product"]!["reviews"]!.AsArray().Select(r => (string?)r!["body"]).ToList();
        Assert.Equal(new string?[] { "Review 7 of product 4", "Review 8 of product 4", "One", "Two" }, reviews);
        Assert.Equal("r241", (string?)body["data"]!["first"]!["id"]);
        Assert.Equal("r242", (string?)body["data"]!["second"]!["id"]);
    }
}
