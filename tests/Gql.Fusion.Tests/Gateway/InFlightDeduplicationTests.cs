using ECommerce.Testing;
using Gql.Fusion.Execution;
using Gql.Fusion.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>Identical subgraph requests of queries in flight at the same time are sent once and the answer shared.</summary>
public class InFlightDeduplicationTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Two_identical_queries_in_flight_send_one_subgraph_request_and_both_get_the_answer()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var clients = gateway.Services.GetRequiredService<SubgraphClients>();
        gateway["accounts"].Hang = true;

        var first = gateway.PostAsync("{ me { name } }");
        await Poll.UntilAsync(() => gateway["accounts"].RequestCount == 1, Bound, "the first request at accounts");
        var second = gateway.PostAsync("{ me { name } }");
        await Poll.UntilAsync(() => clients.JoinedRequests == 1, Bound, "the second query to join the request in flight");
        gateway["accounts"].ReleaseHeld();
        var answers = await Task.WhenAll(first, second);

        Assert.Equal(1, gateway["accounts"].RequestCount);
        Assert.All(answers, answer =>
        {
            Assert.Equal(200, answer.Status);
            Assert.Null(answer.Body["errors"]);
            Assert.Equal("User 1", (string?)answer.Body["data"]!["me"]!["name"]);
        });
    }

    [Fact]
    public async Task Queries_with_different_authorization_are_never_shared()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var clients = gateway.Services.GetRequiredService<SubgraphClients>();
        gateway["accounts"].Hang = true;

        var first = gateway.PostAsync("{ me { name } }", authorization: "Bearer alice");
        var second = gateway.PostAsync("{ me { name } }", authorization: "Bearer bob");
        await Poll.UntilAsync(() => gateway["accounts"].RequestCount == 2, Bound, "both requests at accounts while the first is held");
        gateway["accounts"].ReleaseHeld();
        var answers = await Task.WhenAll(first, second);

        Assert.Equal(0, clients.JoinedRequests);
        Assert.All(answers, answer => Assert.Equal("User 1", (string?)answer.Body["data"]!["me"]!["name"]));
    }

    [Fact]
    public async Task Identical_mutations_in_flight_are_each_sent()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var clients = gateway.Services.GetRequiredService<SubgraphClients>();
        gateway["reviews"].Hang = true;
        const string mutation = """mutation { addReview(upc: "p1", body: "Twice") { body } }""";

        var first = gateway.PostAsync(mutation);
        var second = gateway.PostAsync(mutation);
        await Poll.UntilAsync(() => gateway["reviews"].RequestCount == 2, Bound, "both mutations at reviews while the first is held");
        gateway["reviews"].ReleaseHeld();
        var answers = await Task.WhenAll(first, second);

        Assert.Equal(0, clients.JoinedRequests);
        Assert.All(answers, answer => Assert.Equal("Twice", (string?)answer.Body["data"]!["addReview"]!["body"]));
    }
}
