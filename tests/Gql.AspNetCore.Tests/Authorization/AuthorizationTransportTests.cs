using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gql.AspNetCore.Tests.Authorization;

/// <summary>The streaming transports put the user into ContextData like HTTP, so [Authorize] applies to them.</summary>
public sealed class AuthorizationTransportTests(AuthorizationServerFixture server) : IClassFixture<AuthorizationServerFixture>
{
    [Fact]
    public async Task WebSocket_subscription_of_a_user_without_the_role_is_refused()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri, user: "vic|staff");

        await client.SubscribeAsync("1", "subscription { alerts }");
        var messages = await client.ReceiveUntilAsync("error", "1");

        var error = Assert.Single(messages);
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebSocket_subscription_of_an_admin_streams_events()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri, user: "wes|admin");

        await client.SubscribeAsync("1", "subscription { alerts }");
        var messages = await client.ReceiveUntilAsync("complete", "1");

        Assert.Equal(["next", "complete"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal("""{"data":{"alerts":"alert"}}""", messages[0].GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task WebSocket_query_gets_partial_results_with_the_coded_error()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri);

        await client.SubscribeAsync("q", "{ public secret }");
        var messages = await client.ReceiveUntilAsync("complete", "q");

        var payload = messages[0].GetProperty("payload");
        Assert.Equal("public", payload.GetProperty("data").GetProperty("public").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", payload.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sse_subscription_is_refused_for_anonymous_users_and_streams_for_admins()
    {
        var anonymous = await ReadSseAsync(user: null);
        var admin = await ReadSseAsync(user: "xena|admin");

        Assert.Equal("next", anonymous[0].Event);
        Assert.Equal(
            "AUTH_NOT_AUTHENTICATED",
            JsonDocument.Parse(anonymous[0].Data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal([("next", """{"data":{"alerts":"alert"}}"""), ("complete", "")], admin);
    }

    private async Task<List<(string Event, string Data)>> ReadSseAsync(string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { alerts }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());
        return await reader.ReadUntilCompleteAsync();
    }
}
