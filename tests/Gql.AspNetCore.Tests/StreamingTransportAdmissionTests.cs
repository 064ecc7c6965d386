using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gql.AspNetCore.Tests;

/// <summary>
/// The WebSocket and SSE transports apply what the HTTP transport applies before execution:
/// persisted documents (trusted-documents mode, ids) and the operation checks (depth limit).
/// </summary>
public sealed class StreamingTransportAdmissionTests(PersistedOperationServerFixture persisted, RequestLimitServerFixture limits)
    : IClassFixture<PersistedOperationServerFixture>, IClassFixture<RequestLimitServerFixture>
{
    private const string DeepQuery = "{ node { child { child { child { name } } } } }";

    [Fact]
    public async Task WebSocket_refuses_document_text_in_trusted_documents_mode()
    {
        // Arrange
        await using var client = await SocketTestClient.ConnectAndInitAsync(SocketUri(persisted.Client, "/trusted"));

        // Act
        await client.SubscribeAsync("1", "{ __typename }");
        var error = await client.ReceiveAsync();

        // Assert
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("1", error.GetProperty("id").GetString());
        Assert.Equal(PersistedOperationErrorCodes.DocumentRequired, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebSocket_runs_a_trusted_document_by_its_id()
    {
        // Arrange
        await using var client = await SocketTestClient.ConnectAndInitAsync(SocketUri(persisted.Client, "/trusted"));
        var id = "sha256:" + PersistedDocumentIds.Sha256Of(PersistedOperationServerFixture.HelloQuery);

        // Act
        await client.SendAsync($$$"""{"id":"1","type":"subscribe","payload":{"documentId":"{{{id}}}"}}""");
        var messages = await client.ReceiveUntilAsync("complete", "1");

        // Assert
        Assert.Equal(["next", "complete"], messages.Select(m => m.GetProperty("type").GetString()));
        Assert.Equal("""{"data":{"hello":"world"}}""", messages[0].GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task WebSocket_refuses_an_unknown_document_id()
    {
        // Arrange
        await using var client = await SocketTestClient.ConnectAndInitAsync(SocketUri(persisted.Client, "/trusted"));

        // Act
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"documentId":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}}""");
        var error = await client.ReceiveAsync();

        // Assert
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(PersistedOperationErrorCodes.NotFound, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebSocket_applies_the_depth_limit()
    {
        // Arrange
        await using var client = await SocketTestClient.ConnectAndInitAsync(SocketUri(limits.Client, "/limited"));

        // Act
        await client.SubscribeAsync("1", DeepQuery);
        var error = await client.ReceiveAsync();

        // Assert
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("MAX_EXECUTION_DEPTH_EXCEEDED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sse_refuses_document_text_in_trusted_documents_mode_before_streaming()
    {
        // Act
        using var response = await PostEventStreamAsync(persisted.Client, "/trusted", """{"query":"{ __typename }"}""");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(PersistedOperationErrorCodes.DocumentRequired, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sse_runs_a_trusted_document_by_its_id()
    {
        // Arrange
        var id = "sha256:" + PersistedDocumentIds.Sha256Of(PersistedOperationServerFixture.HelloQuery);

        // Act
        using var response = await PostEventStreamAsync(persisted.Client, "/trusted", $$"""{"documentId":"{{id}}"}""");
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());
        var events = await reader.ReadUntilCompleteAsync();

        // Assert
        Assert.Equal([("next", """{"data":{"hello":"world"}}"""), ("complete", "")], events);
    }

    [Fact]
    public async Task Sse_applies_the_depth_limit()
    {
        // Act
        using var response = await PostEventStreamAsync(limits.Client, "/limited", JsonSerializer.Serialize(new { query = DeepQuery }));
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());
        var events = await reader.ReadUntilCompleteAsync();

        // Assert
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        var root = JsonDocument.Parse(events[0].Data).RootElement;
        Assert.False(root.TryGetProperty("data", out _));
        Assert.Equal("MAX_EXECUTION_DEPTH_EXCEEDED", root.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task WebSocket_runs_the_operation_checks()
    {
        // Arrange
        await using var client = await SocketTestClient.ConnectAndInitAsync(SocketUri(limits.Client, "/limited"));

        // Act
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"query Refused { node { name } }","operationName":"Refused"}}""");
        var error = await client.ReceiveAsync();
        await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"query Allowed { node { name } }","operationName":"Allowed"}}""");
        var allowed = await client.ReceiveUntilAsync("complete", "2");

        // Assert
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(OperationNameCheck.Code, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""{"data":{"node":{"name":"n"}}}""", allowed[0].GetProperty("payload").GetRawText());
    }

    [Fact]
    public async Task Sse_runs_the_operation_checks()
    {
        // Act
        using var response = await PostEventStreamAsync(limits.Client, "/limited", """{"query":"query Refused { node { name } }","operationName":"Refused"}""");
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync());
        var events = await reader.ReadUntilCompleteAsync();

        // Assert
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal(OperationNameCheck.Code, JsonDocument.Parse(events[0].Data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static Uri SocketUri(HttpClient client, string path)
        => new(new Uri(client.BaseAddress!.ToString().Replace("http://", "ws://", StringComparison.Ordinal)), path);

    private static async Task<HttpResponseMessage> PostEventStreamAsync(HttpClient client, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
