using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Gql.AspNetCore.Tests;

/// <summary>A raw <c>graphql-transport-ws</c> client: sends text frames, reads messages and the close frame, every read bounded.</summary>
public sealed class SocketTestClient : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket = new();

    private SocketTestClient()
    {
    }

    public WebSocket Socket => _socket;

    public static async Task<SocketTestClient> ConnectAsync(Uri uri, string? subProtocol = SocketCloseCodes.SubProtocol, string? user = null)
    {
        var client = new SocketTestClient();
        if (subProtocol is not null)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }

        if (user is not null)
        {
            client._socket.Options.SetRequestHeader("X-Test-User", user);
        }

        using var timeout = new CancellationTokenSource(ReadTimeout);
        await client._socket.ConnectAsync(uri, timeout.Token);
        return client;
    }

    /// <summary>Connects and completes connection_init / connection_ack.</summary>
    public static async Task<SocketTestClient> ConnectAndInitAsync(Uri uri, string initPayload = "{}", string? user = null)
    {
        var client = await ConnectAsync(uri, user: user);
        await client.SendAsync($$"""{"type":"connection_init","payload":{{initPayload}}}""");
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(string text)
        => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, string? variables = null)
        => SendAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new Dictionary<string, object?>
            {
                ["query"] = query,
                ["variables"] = variables is null ? null : JsonDocument.Parse(variables).RootElement,
            },
        }));

    /// <summary>The next message; fails if the server closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (text, closeStatus, closeReason) = await ReceiveFrameAsync();
        Assert.True(text is not null, $"expected a message but the server closed with {closeStatus}: {closeReason}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Messages until (and including) the first whose type is <paramref name="type"/> for <paramref name="id"/>.</summary>
    public async Task<List<JsonElement>> ReceiveUntilAsync(string type, string? id = null)
    {
        var messages = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            messages.Add(message);
            if (message.GetProperty("type").GetString() == type
                && (id is null || (message.TryGetProperty("id", out var messageId) && messageId.GetString() == id)))
            {
                return messages;
            }
        }
    }

    /// <summary>Reads until the server's close frame and returns its code and reason; fails on any other message.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        var (text, closeStatus, closeReason) = await ReceiveFrameAsync();
        Assert.True(text is null, $"expected the socket to close but got the message {text}");
        return ((int)closeStatus!.Value, closeReason);
    }

    /// <summary>Reads past any messages still in flight to the server's close frame.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAfterMessagesAsync()
    {
        while (true)
        {
            var (text, closeStatus, closeReason) = await ReceiveFrameAsync();
            if (text is null)
            {
                return ((int)closeStatus!.Value, closeReason);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(ReadTimeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (WebSocketException)
            {
                _socket.Abort();
            }
        }

        _socket.Dispose();
    }

    private async Task<(string? Text, WebSocketCloseStatus? CloseStatus, string? CloseReason)> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(ReadTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, result.CloseStatus, result.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(message.ToArray()), null, null);
            }
        }
    }
}
