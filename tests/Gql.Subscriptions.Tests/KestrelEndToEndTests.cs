using System.Net.Http.Headers;
using System.Text;
using ECommerce.Testing;

namespace Gql.Subscriptions.Tests;

/// <summary>Two Kestrel servers on one Redis: a subscription over SSE on B sees a mutation made on A.</summary>
public sealed class KestrelEndToEndTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_mutation_on_one_server_reaches_an_sse_subscriber_on_another()
    {
        var prefix = $"e2e-{Guid.NewGuid():N}:";
        await using var a = await KestrelShop.StartAsync(redis.Server.Configuration, prefix);
        await using var b = await KestrelShop.StartAsync(redis.Server.Configuration, prefix);
        using var subscribe = Post("""{"query":"subscription { onOrderChanged(orderId: \"42\") { id status } }"}""");
        subscribe.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await b.Client.SendAsync(subscribe, HttpCompletionOption.ResponseHeadersRead);
        using var events = new SseEvents(await stream.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(StreamReading.Timeout);

        // B may answer with headers before its Redis subscription is in place, so mutate until the event arrives.
        var first = events.ReadAsync(timeout.Token);
        await Poll.UntilAsync(
            async () => first.IsCompleted || await ChangeStatusAsync(a) && first.IsCompleted,
            StreamReading.Timeout,
            "the mutation's event to reach the subscriber on the other server");

        Assert.Equal(("next", """{"data":{"onOrderChanged":{"id":"42","status":"PAID"}}}"""), await first);
    }

    private static async Task<bool> ChangeStatusAsync(KestrelShop shop)
    {
        using var mutation = Post("""{"query":"mutation { changeStatus(id: \"42\", status: \"PAID\") { id } }"}""");
        using var response = await shop.Client.SendAsync(mutation);
        return response.IsSuccessStatusCode;
    }

    private static HttpRequestMessage Post(string body)
        => new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
}
