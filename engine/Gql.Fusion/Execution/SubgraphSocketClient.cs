using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Gql.Execution;
using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Execution;

/// <summary>
/// One subscription to a subgraph over graphql-transport-ws (the graphql-ws protocol): connects
/// with the caller's forwarded headers (and sends them in <c>connection_init</c>'s payload too),
/// subscribes, and yields each <c>next</c> payload; an <c>error</c> message becomes one payload with
/// its errors. Completing or cancelling the enumeration sends <c>complete</c> and closes the socket.
/// </summary>
internal sealed class SubgraphSocketClient : IAsyncDisposable
{
    private const string SubProtocol = "graphql-transport-ws";
    private const string OperationId = "1";

    private readonly ClientWebSocket _socket = new();
    private readonly PooledBufferWriter _receive = new(8192);
    private bool _completed;

    private SubgraphSocketClient()
    {
    }

    /// <summary>Connects, waits for <c>connection_ack</c> and sends <c>subscribe</c>; throws when the subgraph cannot be reached or refuses.</summary>
    public static async Task<SubgraphSocketClient> SubscribeAsync(
        Uri url,
        Action<Utf8JsonWriter> writePayload,
        IReadOnlyList<KeyValuePair<string, StringValues>> headers,
        TimeSpan connectTimeout,
        CancellationToken cancellationToken,
        bool headersOnUpgrade = true)
    {
        var client = new SubgraphSocketClient();
        try
        {
            client._socket.Options.AddSubProtocol(SubProtocol);
            foreach (var header in headersOnUpgrade ? headers : [])
            {
                client._socket.Options.SetRequestHeader(header.Key, header.Value.ToString());
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(connectTimeout);
            await client._socket.ConnectAsync(url, timeout.Token).ConfigureAwait(false);
            await client.SendAsync(writer =>
            {
                writer.WriteString("type", "connection_init");
                writer.WriteStartObject("payload");
                foreach (var header in headers)
                {
                    writer.WriteString(header.Key, header.Value.ToString());
                }

                writer.WriteEndObject();
            }, timeout.Token).ConfigureAwait(false);

            while (true)
            {
                using var message = await client.ReceiveAsync(timeout.Token).ConfigureAwait(false)
                    ?? throw new WebSocketException("The subgraph closed the connection before acknowledging it.");
                var type = TypeOf(message);
                if (type == "connection_ack")
                {
                    break;
                }

                if (type == "ping")
                {
                    await client.SendAsync(w => w.WriteString("type", "pong"), timeout.Token).ConfigureAwait(false);
                }
            }

            await client.SendAsync(writer =>
            {
                writer.WriteString("id", OperationId);
                writer.WriteString("type", "subscribe");
                writer.WritePropertyName("payload");
                writer.WriteStartObject();
                writePayload(writer);
                writer.WriteEndObject();
            }, timeout.Token).ConfigureAwait(false);
            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The <c>payload</c> of each <c>next</c> (an execution result), until <c>complete</c>, <c>error</c> or a close.</summary>
    public async IAsyncEnumerable<JsonDocument> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!_completed)
        {
            var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                yield break;
            }

            switch (TypeOf(message))
            {
                case "next":
                    yield return message;
                    break;
                case "error":
                    _completed = true;
                    yield return message;
                    yield break;
                case "complete":
                    _completed = true;
                    message.Dispose();
                    yield break;
                case "ping":
                    message.Dispose();
                    await SendAsync(w => w.WriteString("type", "pong"), cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    message.Dispose();
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                if (!_completed)
                {
                    await SendAsync(w =>
                    {
                        w.WriteString("id", OperationId);
                        w.WriteString("type", "complete");
                    }, timeout.Token).ConfigureAwait(false);
                }

                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The subgraph went away first; there is nothing left to close.
        }
        finally
        {
            _socket.Dispose();
            _receive.Dispose();
        }
    }

    private static string? TypeOf(JsonDocument message)
        => message.RootElement.ValueKind == JsonValueKind.Object
            && message.RootElement.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;

    private async Task SendAsync(Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferWriter(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _receive.Clear();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_receive.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _receive.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(_receive.WrittenMemory);
            }
        }
    }
}
