using ECommerce.Testing;
using Gql.Fusion.Execution;
using Gql.Fusion.Tests.Hosting;
using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>A subscription at the gateway (graphql-transport-ws): the reviews subgraph streams, the other subgraphs complete each event.</summary>
public class SubscriptionTests
{
    [Fact]
    public async Task Each_event_is_completed_with_fields_of_other_subgraphs_with_the_token_of_connection_init()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var url = new UriBuilder(gateway.Url) { Scheme = "ws" }.Uri;
        await using var client = await SubgraphSocketClient.SubscribeAsync(
            url,
            writer => writer.WriteString("query", "subscription { reviewAdded { body author { name } product { name inStock } } }"),
            [new KeyValuePair<string, StringValues>("Authorization", "Bearer from-init")],
            TimeSpan.FromSeconds(10),
            CancellationToken.None,
            headersOnUpgrade: false);
        await using var events = client.ReadAsync(CancellationToken.None).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();

        // The gateway subscribes to the subgraph in the background: add reviews until one arrives.
        await Poll.UntilAsync(
            async () =>
            {
                if (!next.IsCompleted)
                {
                    await gateway.PostAsync("""mutation { addReview(upc: "p5", body: "Live") { id } }""");
                }

                return next.IsCompleted;
            },
            TimeSpan.FromSeconds(15),
            "a subscription event at the gateway");

        Assert.True(await next);
        using var message = events.Current;
        var data = message.RootElement.GetProperty("payload").GetProperty("data").GetProperty("reviewAdded");
        Assert.Equal("Live", data.GetProperty("body").GetString());
        Assert.Equal("User 1", data.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Product 5", data.GetProperty("product").GetProperty("name").GetString());
        Assert.True(data.GetProperty("product").GetProperty("inStock").GetBoolean());
        Assert.False(message.RootElement.GetProperty("payload").TryGetProperty("errors", out _));
        Assert.Equal("Bearer from-init", gateway["accounts"].LastAuthorization);
    }
}
