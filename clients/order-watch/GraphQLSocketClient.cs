using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ECommerce.OrderWatch;

/// <summary>
/// A client of the graphql-transport-ws protocol (the graphql-ws library's PROTOCOL.md): one
/// connection, <c>connection_init</c> with a payload, then one subscription whose <c>next</c>
/// payloads are streamed until <c>complete</c>. Pings are answered with pongs.
/// </summary>
public sealed class GraphQLSocketClient : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";

    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[16 * 1024];

    /// <summary>Connects and initialises; the server's refusal (for example 4403 for a bad token) is an exception.</summary>
    public async Task ConnectAsync(Uri endpoint, IReadOnlyDictionary<string, object?> initPayload, CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol(SubProtocol);
        await _socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        await SendAsync(new { type = "connection_init", payload = initPayload }, cancellationToken).ConfigureAwait(false);

        using var ackTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ackTimeout.CancelAfter(AckTimeout);
        while (true)
        {
            var message = await ReceiveAsync(ackTimeout.Token).ConfigureAwait(false);
            switch (TypeOf(message))
            {
                case "connection_ack":
                    return;
                case "ping":
                    await SendAsync(new { type = "pong" }, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new GraphQLSocketException($"expected connection_ack, got {message.GetRawText()}");
            }
        }
    }

    /// <summary>The <c>payload</c> of each <c>next</c> message of one subscription, until the server completes it.</summary>
    public async IAsyncEnumerable<JsonElement> SubscribeAsync(
        string query,
        IReadOnlyDictionary<string, object?>? variables,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string id = "1";
        await SendAsync(new { id, type = "subscribe", payload = new { query, variables } }, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            switch (TypeOf(message))
            {
                case "next":
                    yield return message.GetProperty("payload");
                    break;
                case "error":
                    throw new GraphQLSocketException("the server refused the subscription: " + ErrorMessages(message.GetProperty("payload")));
                case "complete":
                    yield break;
                case "ping":
                    await SendAsync(new { type = "pong" }, cancellationToken).ConfigureAwait(false);
                    break;
                case "pong":
                    break;
                default:
                    throw new GraphQLSocketException($"unexpected message {message.GetRawText()}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server went away first; nothing is left to close.
            }
        }

        _socket.Dispose();
    }

    private static string TypeOf(JsonElement message)
        => message.TryGetProperty("type", out var type) ? type.GetString() ?? string.Empty : string.Empty;

    private static string ErrorMessages(JsonElement errors)
        => errors.ValueKind == JsonValueKind.Array
            ? string.Join("; ", errors.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : e.GetRawText()))
            : errors.GetRawText();

    private async Task SendAsync(object message, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message);
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonElement> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new GraphQLSocketException($"the server closed the connection ({(int?)_socket.CloseStatus} {_socket.CloseStatusDescription})");
            }

            message.Write(_buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length)).RootElement.Clone();
    }
}
