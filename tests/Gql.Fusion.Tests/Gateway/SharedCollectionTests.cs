using ECommerce.Testing;
using Gql.Fusion.Execution;
using Gql.Fusion.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>
/// Requests that share subgraph answers (in-flight de-duplication) reuse the entities another
/// request collected from those answers, and each still gets the bytes the executor completes;
/// requests that got answers of their own never reuse another's.
/// </summary>
public class SharedCollectionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Identical_queries_sharing_their_root_answers_reuse_the_collected_entities_and_each_gets_the_completed_bytes()
    {
        await using var gateway = await GatewayHost.StartAsync();
        await using var reference = await GatewayHost.StartInFrontOfAsync(gateway.Schema, options => options.WriteResponsesDirectly = false);
        var beforeAlone = BodyCounts(gateway);
        await gateway.PostForTextAsync(Queries.TestQuery);
        var aloneBodies = BodiesSince(gateway, beforeAlone);
        var expected = await reference.PostForTextAsync(Queries.TestQuery);
        var beforeShared = BodyCounts(gateway);

        var answers = await PostWhileRootsAreHeldAsync(gateway, joins: 4, () => gateway.PostForTextAsync(Queries.TestQuery), 3);

        Assert.Equal(200, expected.Status);
        Assert.DoesNotContain("\"errors\"", expected.Body, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(expected, answer));
        Assert.True(Executor(gateway).ReusedCollections > 0, "no request reused the entities collected from the shared answers");
        Assert.Equal(4, Provider(gateway).WrittenInPlace);

        // The entity requests sent with reused entities (and their reused bodies) are those a request alone sends.
        var sharedBodies = BodiesSince(gateway, beforeShared);
        Assert.NotEmpty(sharedBodies);
        Assert.Empty(sharedBodies.Except(aloneBodies));
    }

    [Fact]
    public async Task A_shared_answer_with_errors_is_replayed_for_every_request_that_reused_its_entities()
    {
        const string query = "{ topProducts(first: 3) { name warehouse } }";
        await using var gateway = await GatewayHost.StartAsync();
        await using var reference = await GatewayHost.StartInFrontOfAsync(gateway.Schema, options => options.WriteResponsesDirectly = false);
        var expected = await reference.PostForTextAsync(query);

        var answers = await PostWhileRootsAreHeldAsync(gateway, joins: 2, () => gateway.PostForTextAsync(query), 3);

        Assert.Contains("The warehouse of p2 is closed.", expected.Body, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(expected, answer));
        Assert.True(Executor(gateway).ReusedCollections > 0, "no request reused the entities collected from the shared answer");
        Assert.Equal(3, Provider(gateway).Replayed);
    }

    [Fact]
    public async Task Queries_with_different_authorization_or_variables_collect_their_own_entities()
    {
        const string query = "query Top($n: Int!) { topProducts(first: $n) { name inStock reviews { author { name } } } }";
        await using var gateway = await GatewayHost.StartAsync();
        await using var reference = await GatewayHost.StartInFrontOfAsync(gateway.Schema, options => options.WriteResponsesDirectly = false);
        var expectedTwo = await reference.PostForTextAsync(query, """{"n": 2}""");
        var expectedThree = await reference.PostForTextAsync(query, """{"n": 3}""");
        var productsRequests = gateway["products"].RequestCount;
        gateway["products"].Hang = true;

        var alice = gateway.PostForTextAsync(query, """{"n": 3}""", authorization: "Bearer alice");
        var bob = gateway.PostForTextAsync(query, """{"n": 3}""", authorization: "Bearer bob");
        var two = gateway.PostForTextAsync(query, """{"n": 2}""", authorization: "Bearer alice");
        await Poll.UntilAsync(() => gateway["products"].RequestCount == productsRequests + 3, Bound, "the three root requests at products while they are held");
        gateway["products"].ReleaseHeld();
        var answers = await Task.WhenAll(alice, bob, two);

        Assert.Equal(expectedThree, answers[0]);
        Assert.Equal(expectedThree, answers[1]);
        Assert.Equal(expectedTwo, answers[2]);
        Assert.Equal(0, Executor(gateway).ReusedCollections);
        Assert.Equal(3, Provider(gateway).WrittenInPlace);
    }

    // Holds the root subgraphs until every request but the first has joined the first one's root
    // requests, so all of them read the same root answers.
    private static async Task<(int Status, string Body)[]> PostWhileRootsAreHeldAsync(GatewayHost gateway, int joins, Func<Task<(int Status, string Body)>> post, int count)
    {
        var clients = gateway.Services.GetRequiredService<SubgraphClients>();
        gateway["accounts"].Hang = true;
        gateway["products"].Hang = true;
        var requests = Enumerable.Range(0, count).Select(_ => post()).ToArray();
        await Poll.UntilAsync(() => clients.JoinedRequests >= joins, Bound, "the requests to join the first one's root requests");
        gateway["accounts"].ReleaseHeld();
        gateway["products"].ReleaseHeld();
        return await Task.WhenAll(requests);
    }

    private static Dictionary<string, int> BodyCounts(GatewayHost gateway)
        => gateway.Subgraphs.ToDictionary(subgraph => subgraph.Key, subgraph => { lock (subgraph.Value.Bodies) { return subgraph.Value.Bodies.Count; } });

    private static HashSet<string> BodiesSince(GatewayHost gateway, Dictionary<string, int> counts)
    {
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, subgraph) in gateway.Subgraphs)
        {
            lock (subgraph.Bodies)
            {
                bodies.UnionWith(subgraph.Bodies.Skip(counts[name]));
            }
        }

        return bodies;
    }

    private static PlanExecutor Executor(GatewayHost gateway) => gateway.Services.GetRequiredService<PlanExecutor>();

    private static FusionRootValueProvider Provider(GatewayHost gateway) => gateway.Services.GetRequiredService<FusionRootValueProvider>();
}
