using System.Net.WebSockets;
using System.Text.Json;

namespace Gql.AspNetCore.Tests;

public sealed class WebSocketTransportTests(TransportServerFixture server) : IClassFixture<TransportServerFixture>
{
    private Uri Endpoint => server.WebSocketUri();

    [Fact]
    public async Task Connection_init_is_acknowledged_with_the_interceptor_payload()
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"t1"}}""");
        var ack = await client.ReceiveAsync();

        Assert.Equal(SocketCloseCodes.SubProtocol, client.Socket.SubProtocol);
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        Assert.Equal("gql", ack.GetProperty("payload").GetProperty("server").GetString());
    }

    [Fact]
    public async Task Subscription_sends_next_for_each_event_then_complete()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("s1", "subscription { count(count: 3) }");
        var messages = await client.ReceiveUntilAsync("complete", "s1");

        Assert.Equal(
            ["next:1", "next:2", "next:3", "complete"],
            messages.Select(m => m.GetProperty("type").GetString() + (m.TryGetProperty("payload", out var p) ? ":" + p.GetProperty("data").GetProperty("count").GetInt32() : "")));
        Assert.All(messages, m => Assert.Equal("s1", m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Each_subscription_event_gets_its_own_scoped_services()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("s1", "subscription { markers(count: 3) { subscriptionMarker eventMarker } }");
        var messages = await client.ReceiveUntilAsync("complete", "s1");

        var events = messages.Where(m => m.GetProperty("type").GetString() == "next")
            .Select(m => m.GetProperty("payload").GetProperty("data").GetProperty("markers"))
            .ToList();
        Assert.Equal(3, events.Count);
        Assert.Single(events.Select(e => e.GetProperty("subscriptionMarker").GetString()).Distinct());
        var eventMarkers = events.Select(e => e.GetProperty("eventMarker").GetString()).ToList();
        Assert.Equal(3, eventMarkers.Distinct().Count());
        Assert.DoesNotContain(events[0].GetProperty("subscriptionMarker").GetString(), eventMarkers);
    }

    [Fact]
    public async Task Query_sends_one_next_then_complete()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("q1", "query($name: String) { hello(name: $name) }", """{"name":"socket"}""");
        var messages = await client.ReceiveUntilAsync("complete", "q1");

        Assert.Equal(2, messages.Count);
        Assert.Equal("""{"data":{"hello":"Hello, socket!"}}""", messages[0].GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task Mutation_runs_over_the_socket()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);
        var before = server.Counter.Value;

        await client.SubscribeAsync("m1", "mutation { increment }");
        var messages = await client.ReceiveUntilAsync("complete", "m1");

        Assert.Equal("next", messages[0].GetProperty("type").GetString());
        Assert.True(messages[0].GetProperty("payload").GetProperty("data").GetProperty("increment").GetInt32() > before);
    }

    [Fact]
    public async Task Validation_errors_are_an_error_message_without_complete()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("v1", "{ nope }");
        var error = await client.ReceiveAsync();
        await client.SendAsync("""{"type":"ping"}""");
        var next = await client.ReceiveAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("v1", error.GetProperty("id").GetString());
        Assert.Contains("nope", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("pong", next.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Failing_source_stream_ends_with_an_error_message()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("b1", "subscription { broken }");
        var messages = await client.ReceiveUntilAsync("error", "b1");

        Assert.Equal(["next", "error"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal(1, messages[0].GetProperty("payload").GetProperty("data").GetProperty("broken").GetInt32());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_its_payload()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SendAsync("""{"type":"ping","payload":{"at":42}}""");
        var pong = await client.ReceiveAsync();

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(42, pong.GetProperty("payload").GetProperty("at").GetInt32());
    }

    [Fact]
    public async Task Ping_before_connection_init_is_answered_and_pong_is_ignored()
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint);

        await client.SendAsync("""{"type":"pong"}""");
        await client.SendAsync("""{"type":"ping"}""");
        var pong = await client.ReceiveAsync();

        Assert.Equal("""{"type":"pong"}""", pong.GetRawText());
    }

    [Fact]
    public async Task Keep_alive_pings_are_sent_when_configured()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(server.WebSocketUri("/pings"));

        var ping = await client.ReceiveAsync();

        Assert.Equal("ping", ping.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Complete_from_the_client_stops_the_source_stream_and_frees_the_id()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);
        var started = server.Tracker.Started;

        await client.SubscribeAsync("f1", "subscription { forever }");
        var first = await client.ReceiveAsync();
        await client.SendAsync("""{"id":"f1","type":"complete"}""");
        await server.Tracker.WaitUntilStartedAsync(started + 1);
        await server.Tracker.WaitUntilIdleAsync();
        await client.SubscribeAsync("f1", "{ hello }");
        var messages = await client.ReceiveUntilAsync("complete", "f1");

        Assert.Equal("next", first.GetProperty("type").GetString());
        Assert.Contains(messages, m => m.GetProperty("type").GetString() == "next"
            && m.GetProperty("payload").GetProperty("data").TryGetProperty("hello", out _));
    }

    [Fact]
    public async Task Client_disconnect_stops_every_source_stream()
    {
        var closedBefore = server.SocketInterceptor.Closed;
        var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SubscribeAsync("a", "subscription { forever }");
        await client.SubscribeAsync("b", "subscription { forever }");
        await client.ReceiveAsync();
        await client.ReceiveAsync();

        client.Socket.Abort();
        await client.DisposeAsync();

        await server.Tracker.WaitUntilIdleAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (server.SocketInterceptor.Closed == closedBefore)
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(0, server.Tracker.Active);
    }

    [Fact]
    public async Task Many_events_arrive_in_order_through_the_bounded_send_queue()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("n", "subscription { count(count: 500) }");
        var messages = await client.ReceiveUntilAsync("complete", "n");

        Assert.Equal(Enumerable.Range(1, 500), messages.SkipLast(1).Select(m => m.GetProperty("payload").GetProperty("data").GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Operations_are_multiplexed()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("x", "subscription { count(count: 20) }");
        await client.SubscribeAsync("y", "subscription { count(count: 20) }");
        var messages = new List<JsonElement>();
        while (messages.Count(m => m.GetProperty("type").GetString() == "complete") < 2)
        {
            messages.Add(await client.ReceiveAsync());
        }

        Assert.Equal(21, messages.Count(m => m.GetProperty("id").GetString() == "x"));
        Assert.Equal(21, messages.Count(m => m.GetProperty("id").GetString() == "y"));
    }

    [Fact]
    public async Task Request_context_has_the_init_payload_the_user_and_the_http_context()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint, """{"token":"secret"}""", user: "alice");

        await client.SubscribeAsync("c1", "{ initToken userName hasHttpContext operationId }");
        var next = await client.ReceiveAsync();

        Assert.Equal(
            """{"data":{"initToken":"secret","userName":"alice","hasHttpContext":true,"operationId":"c1"}}""",
            next.GetProperty("payload").GetRawText());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"payload":{}}""")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    [InlineData("""{"type":"connection_init","payload":"text"}""")]
    public async Task Invalid_message_closes_with_4400(string message)
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint);

        await client.SendAsync(message);
        var (code, _) = await client.ReceiveCloseAsync();

        Assert.Equal(SocketCloseCodes.BadRequest, code);
    }

    [Theory]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"subscribe","id":"1"}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{}}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task Malformed_operation_message_closes_with_4400(string message)
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SendAsync(message);
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(SocketCloseCodes.BadRequest, code);
        Assert.StartsWith("Invalid message received", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_before_acknowledgement_closes_with_4401()
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint);

        await client.SubscribeAsync("1", "{ hello }");

        Assert.Equal((SocketCloseCodes.Unauthorized, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Rejected_connection_init_closes_with_4403()
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint);

        await client.SendAsync("""{"type":"connection_init","payload":{"reject":true}}""");

        Assert.Equal((SocketCloseCodes.Forbidden, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Missing_sub_protocol_closes_with_4406()
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint, subProtocol: null);

        var (code, _) = await client.ReceiveCloseAsync();

        Assert.Equal(SocketCloseCodes.SubprotocolNotAcceptable, code);
    }

    [Fact]
    public async Task Other_sub_protocol_closes_with_4406()
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint, subProtocol: "graphql-ws");

        var (code, _) = await client.ReceiveCloseAsync();

        Assert.Equal(SocketCloseCodes.SubprotocolNotAcceptable, code);
    }

    [Fact]
    public async Task No_connection_init_within_the_wait_timeout_closes_with_4408()
    {
        await using var client = await SocketTestClient.ConnectAsync(server.WebSocketUri("/quick"));

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(SocketCloseCodes.ConnectionInitialisationTimeout, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task Subscribe_with_a_running_id_closes_with_4409()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SubscribeAsync("dup", "subscription { forever }");
        await client.ReceiveAsync();
        await client.SubscribeAsync("dup", "{ hello }");
        var close = await client.ReceiveCloseAfterMessagesAsync();

        Assert.Equal((SocketCloseCodes.SubscriberAlreadyExists, "Subscriber for dup already exists"), close);
        await server.Tracker.WaitUntilIdleAsync();
    }

    [Fact]
    public async Task Second_connection_init_closes_with_4429()
    {
        await using var client = await SocketTestClient.ConnectAndInitAsync(Endpoint);

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((SocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Failing_interceptor_closes_with_4500()
    {
        await using var client = await SocketTestClient.ConnectAsync(Endpoint);

        await client.SendAsync("""{"type":"connection_init","payload":{"explode":true}}""");

        Assert.Equal((SocketCloseCodes.InternalServerError, "Internal server error"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Disabled_sockets_are_not_upgraded()
    {
        using var client = new ClientWebSocket();
        client.Options.AddSubProtocol(SocketCloseCodes.SubProtocol);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<WebSocketException>(() => client.ConnectAsync(server.WebSocketUri("/plain"), timeout.Token));
    }
}
