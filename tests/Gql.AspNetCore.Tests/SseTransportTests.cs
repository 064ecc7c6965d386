using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gql.AspNetCore.Tests;

public sealed class SseTransportTests(TransportServerFixture server) : IClassFixture<TransportServerFixture>
{
    private const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    [Fact]
    public async Task Post_subscription_streams_next_events_then_complete()
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"subscription { count(count: 3) }"}""");
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var events = await reader.ReadUntilCompleteAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            [("next", """{"data":{"count":1}}"""), ("next", """{"data":{"count":2}}"""), ("next", """{"data":{"count":3}}"""), ("complete", "")],
            events);
        Assert.Null(await reader.ReadAsync());
    }

    [Fact]
    public async Task Each_subscription_event_gets_its_own_scoped_services()
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"subscription { markers(count: 3) { subscriptionMarker eventMarker } }"}""");
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var events = (await reader.ReadUntilCompleteAsync()).Where(e => e.Event == "next").ToList();

        var markers = events.Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("data").GetProperty("markers")).ToList();
        Assert.Equal(3, markers.Count);
        Assert.Single(markers.Select(m => m.GetProperty("subscriptionMarker").GetString()).Distinct());
        var eventMarkers = markers.Select(m => m.GetProperty("eventMarker").GetString()).ToList();
        Assert.Equal(3, eventMarkers.Distinct().Count());
        Assert.DoesNotContain(markers[0].GetProperty("subscriptionMarker").GetString(), eventMarkers);
    }

    [Fact]
    public async Task Get_query_streams_one_next_then_complete()
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ hello(name: \"sse\") }"), null);
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var events = await reader.ReadUntilCompleteAsync();

        Assert.Equal([("next", """{"data":{"hello":"Hello, sse!"}}"""), ("complete", "")], events);
    }

    [Fact]
    public async Task Validation_errors_are_a_next_event()
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"subscription { nope }"}""");
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var events = await reader.ReadUntilCompleteAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Contains("nope", JsonDocument.Parse(events[0].Data).RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_context_has_the_user_the_http_context_and_interceptor_data()
    {
        using var request = CreateRequest(HttpMethod.Post, "/graphql", """{"query":"{ userName hasHttpContext tenant }"}""");
        request.Headers.Add("X-Test-User", "bob");
        request.Headers.Add("X-Tenant", "acme");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());

        var next = await reader.ReadAsync();

        Assert.Equal(("next", """{"data":{"userName":"bob","hasHttpContext":true,"tenant":"acme"}}"""), next);
    }

    [Fact]
    public async Task Get_mutation_is_refused_with_405()
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { increment }"), null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_json_body_is_a_400()
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", "{nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(HttpErrorCodes.InvalidJson, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_the_stream_stops_the_source_stream()
    {
        var started = server.Tracker.Started;
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"subscription { forever }"}""");
        var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());
        var first = await reader.ReadAsync();

        reader.Dispose();
        response.Dispose();

        await server.Tracker.WaitUntilStartedAsync(started + 1);
        await server.Tracker.WaitUntilIdleAsync();
        Assert.Equal(("next", """{"data":{"forever":1}}"""), first);
    }

    [Fact]
    public async Task Keep_alive_comments_are_written_when_configured()
    {
        using var response = await SendAsync(HttpMethod.Post, "/pings", """{"query":"subscription { forever }"}""");
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (reader.Comments == 0)
        {
            timeout.Token.ThrowIfCancellationRequested();
            await reader.ReadAsync();
        }

        Assert.True(reader.Comments > 0);
    }

    [Fact]
    public async Task Requests_without_event_stream_accept_keep_the_http_transport()
    {
        var response = await server.Client.PostJsonAsync("""{"query":"subscription { count(count: 1) }"}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(HttpErrorCodes.StreamingNotSupported, response.FirstErrorCode);
    }

    [Fact]
    public async Task Disabled_sse_leaves_event_stream_requests_to_the_http_transport()
    {
        using var response = await SendAsync(HttpMethod.Post, "/plain", """{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Single_connection_mode_streams_operations_by_id()
    {
        var token = await ReserveAsync();
        using var stream = await OpenReservedStreamAsync(token);
        using var reader = new SseEventReader(await stream.Content.ReadAsStreamAsync());

        using var accepted = await PostOperationAsync(token, """{"query":"subscription { count(count: 2) }","extensions":{"operationId":"op1"}}""");
        var events = await reader.ReadUntilCompleteAsync();

        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(
            [
                ("next", """{"id":"op1","payload":{"data":{"count":1}}}"""),
                ("next", """{"id":"op1","payload":{"data":{"count":2}}}"""),
                ("complete", """{"id":"op1"}"""),
            ],
            events);
    }

    [Fact]
    public async Task Single_connection_mode_delete_stops_the_operation()
    {
        var token = await ReserveAsync();
        using var stream = await OpenReservedStreamAsync(token);
        using var reader = new SseEventReader(await stream.Content.ReadAsStreamAsync());
        var started = server.Tracker.Started;

        using var accepted = await PostOperationAsync(token, """{"query":"subscription { forever }","extensions":{"operationId":"f"}}""");
        var first = await reader.ReadAsync();
        using var delete = CreateRequest(HttpMethod.Delete, "/graphql?operationId=f", null);
        delete.Headers.Add(TokenHeader, token);
        using var deleted = await server.Client.SendAsync(delete);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal("next", first?.Event);
        await server.Tracker.WaitUntilStartedAsync(started + 1);
        await server.Tracker.WaitUntilIdleAsync();
    }

    [Fact]
    public async Task Single_connection_mode_request_errors_are_answered_directly()
    {
        var token = await ReserveAsync();
        using var stream = await OpenReservedStreamAsync(token);

        using var invalid = await PostOperationAsync(token, """{"query":"{ nope }","extensions":{"operationId":"x"}}""");
        using var noId = await PostOperationAsync(token, """{"query":"{ hello }"}""");
        using var unknown = await PostOperationAsync("unknown-token", """{"query":"{ hello }","extensions":{"operationId":"y"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Single_connection_mode_allows_one_stream_per_reservation()
    {
        var token = await ReserveAsync();
        using var first = await OpenReservedStreamAsync(token);
        using var second = await OpenReservedStreamAsync(token);
        using var unknown = await OpenReservedStreamAsync("unknown-token");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Put_stays_405_without_single_connection_mode()
    {
        using var request = CreateRequest(HttpMethod.Put, "/quick", null);
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_event_stream_follows_enable_get_requests()
    {
        using var response = await SendAsync(HttpMethod.Get, "/noget?query=" + Uri.EscapeDataString("{ hello }"), null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<string> ReserveAsync()
    {
        using var request = CreateRequest(HttpMethod.Put, "/graphql", null);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(token));
        return token;
    }

    private async Task<HttpResponseMessage> OpenReservedStreamAsync(string token)
    {
        var request = CreateRequest(HttpMethod.Get, "/graphql", null);
        request.Headers.Add(TokenHeader, token);
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private async Task<HttpResponseMessage> PostOperationAsync(string token, string body)
    {
        using var request = CreateRequest(HttpMethod.Post, "/graphql", body);
        request.Headers.Add(TokenHeader, token);
        return await server.Client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body)
    {
        var request = CreateRequest(method, path, body);
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static HttpRequestMessage CreateRequest(HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }
}
