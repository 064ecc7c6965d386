using System.Collections.Concurrent;
using Gql.Execution;
using Gql.Language;
using Gql.Language.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse PROTOCOL.md). Distinct connections mode: a GET or
/// POST that accepts <c>text/event-stream</c> gets its results as <c>next</c> events and a
/// <c>complete</c> event; request errors (parse, validation, variables) are a <c>next</c> event
/// too. Single connection mode: PUT reserves a stream (201 with a token), the stream request
/// carries the token, operations are POSTed with the token (202) and their events name their
/// <c>extensions.operationId</c>; DELETE <c>?operationId=</c> stops one.
/// </summary>
internal sealed class GraphQLSseHandler(GraphQLServer server)
{
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";
    public const string TokenQueryKey = "token";

    private readonly GraphQLSseOptions _options = server.Options.Sse;
    private readonly ConcurrentDictionary<string, SseReservation> _reservations = new(StringComparer.Ordinal);

    /// <summary>Whether this handler answers the request (the HTTP transport answers the rest).</summary>
    public bool IsSseRequest(HttpContext context)
    {
        var method = context.Request.Method;
        if (_options.EnableSingleConnectionMode)
        {
            if (HttpMethods.IsPut(method))
            {
                return true;
            }

            if ((HttpMethods.IsDelete(method) || HttpMethods.IsPost(method)) && GetToken(context) is not null)
            {
                return true;
            }

            // The reserved stream itself is a GET even when GraphQL GET requests are off.
            if (HttpMethods.IsGet(method) && GetToken(context) is not null && AcceptsEventStream(context))
            {
                return true;
            }
        }

        var allowedMethod = HttpMethods.IsPost(method) || (HttpMethods.IsGet(method) && server.Options.EnableGetRequests);
        return allowedMethod && AcceptsEventStream(context);
    }

    public Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPut(method))
        {
            return ReserveAsync(context);
        }

        var token = GetToken(context);
        if (HttpMethods.IsDelete(method))
        {
            return StopOperationAsync(context, token);
        }

        if (token is null || !_options.EnableSingleConnectionMode)
        {
            return StreamDistinctAsync(context);
        }

        return AcceptsEventStream(context) ? StreamReservationAsync(context, token) : StartOperationAsync(context, token);
    }

    private static bool AcceptsEventStream(HttpContext context)
    {
        foreach (var value in context.Request.Headers.Accept)
        {
            if (value is not null && value.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? GetToken(HttpContext context)
    {
        var header = context.Request.Headers[TokenHeader];
        if (header.Count == 1 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }

        var query = context.Request.Query[TokenQueryKey];
        return query.Count == 1 && !string.IsNullOrEmpty(query[0]) ? query[0] : null;
    }

    // ---- distinct connections mode ----

    private async Task StreamDistinctAsync(HttpContext context)
    {
        var parameters = await SseRequestReader.ReadAsync(context, server.Options.MaxRequestSize).ConfigureAwait(false);
        if (parameters is null)
        {
            return;
        }

        var request = await ResolvePersistedAsync(context, parameters.Value).ConfigureAwait(false);
        if (request is null || !await CheckMethodAsync(context, request.Value).ConfigureAwait(false))
        {
            return;
        }

        var aborted = context.RequestAborted;
        var graphQLRequest = await CreateRequestAsync(context, request.Value, context.RequestServices, includeHttpContext: true).ConfigureAwait(false);
        await SseEventWriter.StartAsync(context.Response).ConfigureAwait(false);
        using var writer = new SseEventWriter(context.Response);
        using var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = writer.KeepAliveAsync(_options.KeepAliveInterval, keepAliveStop.Token);
        try
        {
            var result = await server.ExecuteCheckedAsync(context, graphQLRequest, aborted).ConfigureAwait(false);
            if (result is ResponseStream stream)
            {
                await using (((IAsyncDisposable)stream).ConfigureAwait(false))
                {
                    await foreach (var item in stream.WithCancellation(aborted).ConfigureAwait(false))
                    {
                        await writer.WriteNextAsync(item, aborted).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                await writer.WriteNextAsync((ExecutionResult)result, aborted).ConfigureAwait(false);
            }

            await writer.WriteCompleteAsync(aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how it stops a subscription.
            return;
        }
        finally
        {
            await keepAliveStop.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
        }
    }

    // A refused persisted document (unknown id, text in trusted-documents mode) is answered before any stream starts.
    private async Task<RequestParameters?> ResolvePersistedAsync(HttpContext context, RequestParameters parameters)
    {
        var persisted = await server.Persisted.ResolveAsync(parameters, context.RequestAborted).ConfigureAwait(false);
        if (persisted.Error is not { } error)
        {
            return persisted.Parameters;
        }

        await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
        return null;
    }

    // GraphQL over HTTP, "GET": a mutation is never executed for a GET request.
    private async Task<bool> CheckMethodAsync(HttpContext context, RequestParameters request)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || request.Query is not { } query
            || !server.OperationTypes.TryGetOperationType(query, request.OperationName, out _, out var type)
            || type != OperationType.Mutation)
        {
            return true;
        }

        context.Response.Headers.Allow = "POST";
        await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLError.WithCode(
            "Mutations cannot be sent with GET; use POST.", HttpErrorCodes.MethodNotAllowed)).ConfigureAwait(false);
        return false;
    }

    private async Task<GraphQLRequest> CreateRequestAsync(HttpContext context, RequestParameters parameters, IServiceProvider services, bool includeHttpContext)
    {
        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [ContextDataKeys.ClaimsPrincipal] = context.User,
        };
        if (includeHttpContext)
        {
            contextData[ContextDataKeys.HttpContext] = context;
        }

        var request = new GraphQLRequest(parameters.Query, parameters.OperationName, parameters.Variables, parameters.Extensions)
        {
            Services = services,
            ContextData = contextData,
            DocumentId = parameters.DocumentId,
        };

        foreach (var interceptor in server.Interceptors)
        {
            request = await interceptor.OnCreateAsync(context, request, context.RequestAborted).ConfigureAwait(false);
        }

        return request;
    }

    // ---- single connection mode ----

    private async Task ReserveAsync(HttpContext context)
    {
        var reservation = new SseReservation(Guid.NewGuid().ToString("N"));
        _reservations[reservation.Token] = reservation;
        _ = ExpireUnlessConnectedAsync(reservation);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = MediaTypes.PlainTextUtf8;
        await context.Response.WriteAsync(reservation.Token, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task ExpireUnlessConnectedAsync(SseReservation reservation)
    {
        try
        {
            await Task.Delay(_options.ReservationTimeout, reservation.Closed).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!reservation.IsConnected && _reservations.TryRemove(new KeyValuePair<string, SseReservation>(reservation.Token, reservation)))
        {
            Close(reservation);
        }
    }

    private async Task StreamReservationAsync(HttpContext context, string token)
    {
        if (!_reservations.TryGetValue(token, out var reservation))
        {
            await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status404NotFound, GraphQLError.WithCode(
                "No event stream reservation has this token; reserve one with PUT.", HttpErrorCodes.InvalidParameter)).ConfigureAwait(false);
            return;
        }

        if (!reservation.TryConnect())
        {
            await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status409Conflict, GraphQLError.WithCode(
                "An event stream already fulfils this reservation.", HttpErrorCodes.InvalidParameter)).ConfigureAwait(false);
            return;
        }

        var aborted = context.RequestAborted;
        await SseEventWriter.StartAsync(context.Response).ConfigureAwait(false);
        using var writer = new SseEventWriter(context.Response);
        using var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = writer.KeepAliveAsync(_options.KeepAliveInterval, keepAliveStop.Token);
        try
        {
            await foreach (var item in reservation.Events.Reader.ReadAllAsync(aborted).ConfigureAwait(false))
            {
                if (item.Result is { } result)
                {
                    await writer.WriteNextAsync(item.OperationId, result, aborted).ConfigureAwait(false);
                }
                else
                {
                    await writer.WriteCompleteAsync(item.OperationId, aborted).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: every operation of the reservation stops.
            return;
        }
        finally
        {
            _reservations.TryRemove(new KeyValuePair<string, SseReservation>(token, reservation));
            Close(reservation);
            await keepAliveStop.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
        }
    }

    private async Task StartOperationAsync(HttpContext context, string token)
    {
        if (!_reservations.TryGetValue(token, out var reservation))
        {
            await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status404NotFound, GraphQLError.WithCode(
                "No event stream reservation has this token; reserve one with PUT.", HttpErrorCodes.InvalidParameter)).ConfigureAwait(false);
            return;
        }

        var parameters = await SseRequestReader.ReadAsync(context, server.Options.MaxRequestSize).ConfigureAwait(false);
        if (parameters is null || await ResolvePersistedAsync(context, parameters.Value).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        if (request.Extensions?.GetValueOrDefault("operationId") is not string operationId || operationId.Length == 0)
        {
            await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status400BadRequest, GraphQLError.WithCode(
                "Operations of a single-connection event stream need extensions.operationId (a string).", HttpErrorCodes.InvalidParameter)).ConfigureAwait(false);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(reservation.Closed);
        if (!reservation.Operations.TryAdd(operationId, cancellation))
        {
            cancellation.Dispose();
            await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status409Conflict, GraphQLError.WithCode(
                $"An operation with the id {operationId} is already running.", HttpErrorCodes.InvalidParameter)).ConfigureAwait(false);
            return;
        }

        // The events outlive this POST, so the operation gets its own service scope.
        var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        IExecutionResult result;
        try
        {
            var graphQLRequest = await CreateRequestAsync(context, request, scope.ServiceProvider, includeHttpContext: false).ConfigureAwait(false);
            result = await server.ExecuteCheckedAsync(context, graphQLRequest, cancellation.Token).ConfigureAwait(false);
        }
        catch
        {
            await EndOperationAsync(reservation, operationId, cancellation, scope).ConfigureAwait(false);
            throw;
        }

        if (result is ExecutionResult { HasData: false } failed)
        {
            // Request errors are answered like GraphQL over HTTP, not streamed.
            await EndOperationAsync(reservation, operationId, cancellation, scope).ConfigureAwait(false);
            await SseRequestReader.WriteErrorsAsync(context, StatusCodes.Status400BadRequest, failed.Errors).ConfigureAwait(false);
            return;
        }

        _ = Task.Run(() => PublishAsync(reservation, operationId, cancellation, scope, result), CancellationToken.None);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task PublishAsync(SseReservation reservation, string operationId, CancellationTokenSource cancellation, AsyncServiceScope scope, IExecutionResult result)
    {
        var token = cancellation.Token;
        var events = reservation.Events.Writer;
        try
        {
            if (result is ResponseStream stream)
            {
                await using (((IAsyncDisposable)stream).ConfigureAwait(false))
                {
                    await foreach (var item in stream.WithCancellation(token).ConfigureAwait(false))
                    {
                        await events.WriteAsync(new SseEvent(operationId, item), token).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                await events.WriteAsync(new SseEvent(operationId, (ExecutionResult)result), token).ConfigureAwait(false);
            }

            await events.WriteAsync(new SseEvent(operationId, null), token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
        {
            // Stopped with DELETE, or the stream closed.
            return;
        }
        finally
        {
            await EndOperationAsync(reservation, operationId, cancellation, scope).ConfigureAwait(false);
        }
    }

    private static async Task EndOperationAsync(SseReservation reservation, string operationId, CancellationTokenSource cancellation, AsyncServiceScope scope)
    {
        reservation.Operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(operationId, cancellation));
        cancellation.Dispose();
        await scope.DisposeAsync().ConfigureAwait(false);
    }

    private async Task StopOperationAsync(HttpContext context, string? token)
    {
        if (token is null || !_reservations.TryGetValue(token, out var reservation))
        {
            await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status404NotFound, GraphQLError.WithCode(
                "No event stream reservation has this token.", HttpErrorCodes.InvalidParameter)).ConfigureAwait(false);
            return;
        }

        var operationId = context.Request.Query["operationId"];
        if (operationId.Count != 1 || string.IsNullOrEmpty(operationId[0]))
        {
            await SseRequestReader.WriteErrorAsync(context, StatusCodes.Status400BadRequest, GraphQLError.WithCode(
                "DELETE needs the operationId query parameter.", HttpErrorCodes.InvalidParameter)).ConfigureAwait(false);
            return;
        }

        // An operation that already finished is not an error: the client may race the server.
        if (reservation.Operations.TryRemove(operationId[0]!, out var cancellation))
        {
            CancelQuietly(cancellation);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static void Close(SseReservation reservation)
    {
        reservation.Close();
        foreach (var cancellation in reservation.Operations.Values)
        {
            CancelQuietly(cancellation);
        }
    }

    private static void CancelQuietly(CancellationTokenSource cancellation)
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation ended (and disposed its cancellation) at the same moment.
            return;
        }
    }
}
