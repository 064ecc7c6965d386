using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Gql.Execution;
using Gql.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore;

/// <summary>
/// One <c>graphql-transport-ws</c> connection (graphql-ws PROTOCOL.md): reads client messages in
/// order, runs each operation on its own task, and sends through one bounded queue so a slow
/// client slows its subscriptions down instead of growing memory.
/// </summary>
internal sealed class SocketSession : ISocketSession
{
    // How long the server waits for the client to answer its close frame before aborting.
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    // How long a closing connection waits for its cancelled operations to end.
    private static readonly TimeSpan OperationStopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly GraphQLServer _server;
    private readonly GraphQLSocketOptions _options;
    private readonly ISocketSessionInterceptor[] _interceptors;
    private readonly CancellationTokenSource _closed;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Channel<byte[]> _outbox;
    private readonly ConcurrentDictionary<string, SocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SocketOperation, Task> _running = new();
    private Task _keepAlive = Task.CompletedTask;
    private int _initReceived;
    private volatile bool _acknowledged;
    private int _closing;

    public SocketSession(WebSocket socket, HttpContext httpContext, GraphQLServer server, ISocketSessionInterceptor[] interceptors)
    {
        _socket = socket;
        _server = server;
        _options = server.Options.Sockets;
        _interceptors = interceptors;
        HttpContext = httpContext;
        _closed = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        _outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(Math.Max(1, _options.SendQueueCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public HttpContext HttpContext { get; }

    public IReadOnlyDictionary<string, object?>? ConnectionInitPayload { get; private set; }

    public IDictionary<string, object?> ContextData { get; } = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);

    public CancellationToken ConnectionClosed => _closed.Token;

    public async Task RunAsync()
    {
        var sending = Task.Run(SendLoopAsync);
        var initTimeout = CloseIfNotInitialisedAsync();
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away (or the server is stopping): stop every operation now.
            await _closed.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            await CloseAsync(SocketCloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            await ShutDownAsync(sending, initTimeout).ConfigureAwait(false);
        }
    }

    private async Task ShutDownAsync(Task sending, Task initTimeout)
    {
        await _closed.CancelAsync().ConfigureAwait(false);
        _outbox.Writer.TryComplete();
        foreach (var operation in _running.Keys)
        {
            operation.Cancel();
        }

        await Task.WhenAll(sending, initTimeout, _keepAlive).ConfigureAwait(false);

        // A source stream that ignores cancellation must not hold the connection's request open
        // for ever; such an operation winds down on its own and finds the queue closed.
        var operations = Task.WhenAll(_running.Values);
        var stopped = await Task.WhenAny(operations, Task.Delay(OperationStopTimeout)).ConfigureAwait(false) == operations;
        foreach (var interceptor in _interceptors)
        {
            await interceptor.OnCloseAsync(this).ConfigureAwait(false);
        }

        if (stopped)
        {
            _closed.Dispose();
            _sendLock.Dispose();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer.GetMemory(4096), _closed.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await AnswerCloseAsync().ConfigureAwait(false);
                    return;
                }

                buffer.Advance(received.Count);
                if (buffer.WrittenCount > _options.MaxMessageSize)
                {
                    await CloseAsync(SocketCloseCodes.BadRequest, "Invalid message received: the message is too large").ConfigureAwait(false);
                    await DiscardUntilEndOfMessageAsync(received).ConfigureAwait(false);
                    break;
                }
            }
            while (!received.EndOfMessage);

            if (Volatile.Read(ref _closing) == 0)
            {
                await HandleMessageAsync(buffer.WrittenMemory).ConfigureAwait(false);
            }
        }
    }

    private async Task DiscardUntilEndOfMessageAsync(ValueWebSocketReceiveResult received)
    {
        var scratch = new byte[4096];
        while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close)
        {
            received = await _socket.ReceiveAsync(scratch.AsMemory(), _closed.Token).ConfigureAwait(false);
        }
    }

    private Task HandleMessageAsync(ReadOnlyMemory<byte> utf8)
    {
        if (!ClientMessageParser.TryParse(utf8, out var message, out var error))
        {
            return CloseAsync(SocketCloseCodes.BadRequest, error);
        }

        return message.Type switch
        {
            ClientMessageType.ConnectionInit => HandleConnectionInitAsync(message.Payload),
            ClientMessageType.Ping => EnqueueAsync(ServerMessages.Pong(message.Payload), _closed.Token).AsTask(),
            ClientMessageType.Pong => Task.CompletedTask,
            ClientMessageType.Subscribe => HandleSubscribeAsync(message.Id!, message.Subscribe!),
            _ => HandleCompleteAsync(message.Id!),
        };
    }

    private async Task HandleConnectionInitAsync(IReadOnlyDictionary<string, object?>? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(SocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        ConnectionInitPayload = payload;
        IReadOnlyDictionary<string, object?>? ackPayload = null;
        foreach (var interceptor in _interceptors)
        {
            var result = await interceptor.OnConnectAsync(this, payload, _closed.Token).ConfigureAwait(false);
            if (!result.IsAccepted)
            {
                await CloseAsync(SocketCloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
                return;
            }

            ackPayload = result.AckPayload ?? ackPayload;
        }

        await EnqueueAsync(ServerMessages.ConnectionAck(ackPayload), _closed.Token).ConfigureAwait(false);
        _acknowledged = true;
        if (_options.KeepAliveInterval is { } interval && interval > TimeSpan.Zero)
        {
            _keepAlive = KeepAliveAsync(interval);
        }
    }

    private Task HandleSubscribeAsync(string id, SubscribePayload payload)
    {
        if (!_acknowledged)
        {
            return CloseAsync(SocketCloseCodes.Unauthorized, "Unauthorized");
        }

        var operation = new SocketOperation(id, _closed.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            return CloseAsync(SocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
        }

        var token = operation.Token;
        _running[operation] = Task.Run(() => RunOperationAsync(operation, payload, token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private Task HandleCompleteAsync(string id)
    {
        // Unknown or finished ids are ignored (PROTOCOL.md, "Invalid message").
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Cancel();
        }

        return Task.CompletedTask;
    }

    private async Task RunOperationAsync(SocketOperation operation, SubscribePayload payload, CancellationToken token)
    {
        try
        {
            var scope = HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var persisted = await _server.Persisted.ResolveAsync(
                    new RequestParameters(payload.Query, payload.OperationName, payload.Variables, null, payload.Extensions, payload.DocumentId), token).ConfigureAwait(false);
                if (persisted.Error is { } refused)
                {
                    await FinishAsync(operation, ServerMessages.Error(operation.Id, [refused])).ConfigureAwait(false);
                    return;
                }

                var request = await CreateRequestAsync(operation.Id, persisted.Parameters, scope.ServiceProvider, token).ConfigureAwait(false);
                var result = await _server.ExecuteCheckedAsync(HttpContext, request, token).ConfigureAwait(false);
                if (result is ResponseStream stream)
                {
                    await SendStreamAsync(operation.Id, stream, token).ConfigureAwait(false);
                }
                else if (result is ExecutionResult { HasData: false } failed)
                {
                    // Errors before execution (parse, validation, variables) end the operation with "error".
                    await FinishAsync(operation, ServerMessages.Error(operation.Id, failed.Errors)).ConfigureAwait(false);
                    return;
                }
                else
                {
                    await EnqueueAsync(ServerMessages.Next(operation.Id, (ExecutionResult)result), token).ConfigureAwait(false);
                }
            }

            await FinishAsync(operation, ServerMessages.Complete(operation.Id)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client or the connection closed: nothing more is sent for this id.
            return;
        }
        catch (Exception ex)
        {
            var message = _server.Executor.Options.IncludeExceptionDetails ? ex.Message : "Unexpected Execution Error";
            await FinishAsync(operation, ServerMessages.Error(operation.Id, [GraphQLError.WithCode(message, ErrorCodes.ResolverError)])).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, SocketOperation>(operation.Id, operation));
            _running.TryRemove(operation, out _);
            operation.Dispose();
        }
    }

    private async Task<GraphQLRequest> CreateRequestAsync(string id, RequestParameters payload, IServiceProvider services, CancellationToken token)
    {
        var contextData = new Dictionary<string, object?>(ContextData, StringComparer.Ordinal)
        {
            [ContextDataKeys.ClaimsPrincipal] = HttpContext.User,
            [ContextDataKeys.HttpContext] = HttpContext,
            [ContextDataKeys.ConnectionInitPayload] = ConnectionInitPayload,
        };
        var request = new GraphQLRequest(payload.Query, payload.OperationName, payload.Variables, payload.Extensions)
        {
            Services = services,
            ContextData = contextData,
            DocumentId = payload.DocumentId,
        };

        foreach (var interceptor in _interceptors)
        {
            request = await interceptor.OnRequestAsync(this, id, request, token).ConfigureAwait(false);
        }

        return request;
    }

    private async Task SendStreamAsync(string id, ResponseStream stream, CancellationToken token)
    {
        await using (((IAsyncDisposable)stream).ConfigureAwait(false))
        {
            // Disposing the enumerator (at the end of the loop, also when cancelled) stops the source stream.
            await foreach (var result in stream.WithCancellation(token).ConfigureAwait(false))
            {
                await EnqueueAsync(ServerMessages.Next(id, result), token).ConfigureAwait(false);
            }
        }
    }

    // The final message goes out only while the client still waits for this id; the id is
    // released first so the client may reuse it as soon as it sees the message.
    private async Task FinishAsync(SocketOperation operation, byte[] message)
    {
        if (_operations.TryRemove(new KeyValuePair<string, SocketOperation>(operation.Id, operation)))
        {
            await EnqueueAsync(message, _closed.Token).ConfigureAwait(false);
        }
    }

    private async ValueTask EnqueueAsync(byte[] message, CancellationToken token)
    {
        var writer = _outbox.Writer;
        while (await writer.WaitToWriteAsync(token).ConfigureAwait(false))
        {
            if (writer.TryWrite(message))
            {
                return;
            }
        }
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(_closed.Token).ConfigureAwait(false))
            {
                await _sendLock.WaitAsync(_closed.Token).ConfigureAwait(false);
                try
                {
                    if (Volatile.Read(ref _closing) == 0)
                    {
                        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _closed.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _sendLock.Release();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            await _closed.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task CloseIfNotInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitWaitTimeout, _closed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(SocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closed.Token).ConfigureAwait(false))
            {
                await EnqueueAsync(ServerMessages.Ping(), _closed.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection closed.
            return;
        }
    }

    /// <summary>Closes the socket with a protocol close code; later messages of the client are ignored.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        foreach (var operation in _running.Keys)
        {
            operation.Cancel();
        }

        try
        {
            await _sendLock.WaitAsync(_closed.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, LimitReason(reason), _closed.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            _closed.CancelAfter(CloseHandshakeTimeout);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client is already gone.
            return;
        }
    }

    private async Task AnswerCloseAsync()
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1 || _socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        await _sendLock.WaitAsync(_closed.Token).ConfigureAwait(false);
        try
        {
            await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, _closed.Token).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // A close frame's reason is at most 123 bytes of UTF-8 (RFC 6455, section 5.5).
    private static string LimitReason(string reason)
        => Encoding.UTF8.GetByteCount(reason) <= 123 ? reason : reason[..Math.Min(reason.Length, 60)] + "...";
}
