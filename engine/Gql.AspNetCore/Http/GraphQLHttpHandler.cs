using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Gql.Execution;
using Gql.Language;
using Gql.Language.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Gql.AspNetCore;

/// <summary>
/// The GraphQL over HTTP endpoint (graphql.github.io/graphql-over-http): GET and POST, media type
/// negotiation, status codes, request and variable batching, <c>?sdl</c>.
/// </summary>
internal sealed class GraphQLHttpHandler(GraphQLServer server)
{
    private readonly RequestExecutor _executor = server.Executor;
    private readonly GraphQLServerOptions _options = server.Options;
    private readonly IHttpRequestInterceptor[] _interceptors = server.Interceptors;
    private readonly bool _hasSubscriptions = server.Executor.Schema.SubscriptionType is not null;
    private readonly PersistedOperationResolver _persisted = server.Persisted;
    private readonly OperationChecks _checks = server.Checks;

    public Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return HandlePostAsync(context);
        }

        if (HttpMethods.IsGet(method) && _options.EnableGetRequests)
        {
            return HandleGetAsync(context);
        }

        context.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
        WriteError(context, StatusCodes.Status405MethodNotAllowed, NegotiateOrJson(context),
            GraphQLError.WithCode($"The HTTP method {method} is not allowed; use GET or POST.", HttpErrorCodes.MethodNotAllowed));
        return Task.CompletedTask;
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var format = AcceptHeader.Negotiate(context.Request.Headers.Accept);
        if (format == ResponseFormat.None)
        {
            WriteNotAcceptable(context);
            return;
        }

        if (!ContentTypeHeader.IsJson(context.Request.ContentType))
        {
            WriteError(context, StatusCodes.Status415UnsupportedMediaType, format, GraphQLError.WithCode(
                "POST requests must have the Content-Type application/json (UTF-8).", HttpErrorCodes.UnsupportedMediaType));
            return;
        }

        var body = await ReadBodyAsync(context, format).ConfigureAwait(false);
        if (body.Kind == BodyKind.Rejected)
        {
            return;
        }

        if (body.Kind == BodyKind.Single)
        {
            await ExecuteSingleAsync(context, format, body.Single, isGet: false).ConfigureAwait(false);
        }
        else
        {
            await ExecuteBatchAsync(context, format, body.Batch!).ConfigureAwait(false);
        }
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (_options.EnableSchemaRequests && query.ContainsKey("sdl"))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = MediaTypes.PlainTextUtf8;
            context.Response.BodyWriter.Write(server.Sdl.Span);
            return;
        }

        var format = AcceptHeader.Negotiate(context.Request.Headers.Accept);
        if (format == ResponseFormat.None)
        {
            WriteNotAcceptable(context);
            return;
        }

        var text = query["query"];
        var id = query["documentId"].Count > 0 ? query["documentId"] : query["id"];
        if (text.Count > 1 || query["operationName"].Count > 1 || query["variables"].Count > 1 || query["extensions"].Count > 1 || id.Count > 1)
        {
            WriteError(context, StatusCodes.Status400BadRequest, format, GraphQLError.WithCode(
                "Each request parameter may appear once in the query string.", HttpErrorCodes.InvalidParameter));
            return;
        }

        var hasText = text.Count == 1 && !string.IsNullOrEmpty(text[0]);
        if (!hasText && (id.Count == 0 || string.IsNullOrEmpty(id[0])) && query["extensions"].Count == 0)
        {
            WriteError(context, StatusCodes.Status400BadRequest, format, RequestParameterReader.MissingQuery());
            return;
        }

        var error = RequestParameterReader.ReadMap(query["variables"].Count == 1 ? query["variables"][0] : null, "variables", out var variables);
        IReadOnlyDictionary<string, object?>? extensions = null;
        error ??= RequestParameterReader.ReadMap(query["extensions"].Count == 1 ? query["extensions"][0] : null, "extensions", out extensions);
        if (error is not null)
        {
            WriteError(context, StatusCodes.Status400BadRequest, format, error);
            return;
        }

        var operationName = query["operationName"].Count == 1 ? query["operationName"][0] : null;
        var parameters = new RequestParameters(hasText ? text[0] : null, operationName, variables, null, extensions, id.Count == 1 ? id[0] : null);
        await ExecuteSingleAsync(context, format, parameters, isGet: true).ConfigureAwait(false);
    }

    private async Task ExecuteSingleAsync(HttpContext context, ResponseFormat format, RequestParameters parameters, bool isGet)
    {
        var persisted = await _persisted.ResolveAsync(parameters, context.RequestAborted).ConfigureAwait(false);
        if (persisted.Error is not null)
        {
            WritePersistedError(context, format, persisted);
            return;
        }

        parameters = persisted.Parameters;

        // GET needs the document text (sent or stored): only with it can the operation type be checked
        // before execution (an id the server cannot resolve could name a cached mutation).
        if (isGet && parameters.Query is null)
        {
            WriteError(context, StatusCodes.Status400BadRequest, format, RequestParameterReader.MissingQuery());
            return;
        }

        DocumentNode? document = null;
        if (parameters.Query is { } queryText && (isGet || _hasSubscriptions)
            && server.OperationTypes.TryGetOperationType(queryText, parameters.OperationName, out var parsed, out var operationType))
        {
            document = parsed;
            if (isGet && operationType == OperationType.Mutation)
            {
                // Spec "GET": a mutation over GET is answered with 405 and not executed.
                context.Response.Headers.Allow = "POST";
                WriteError(context, StatusCodes.Status405MethodNotAllowed, format, GraphQLError.WithCode(
                    "Mutations cannot be sent with GET; use POST.", HttpErrorCodes.MethodNotAllowed));
                return;
            }

            if (operationType == OperationType.Subscription)
            {
                WriteError(context, StatusCodes.Status400BadRequest, format, StreamingNotSupported());
                return;
            }
        }

        if (parameters.VariableSets is { } sets)
        {
            await ExecuteVariableBatchAsync(context, format, parameters, sets, document).ConfigureAwait(false);
            return;
        }

        var result = await ExecuteAsync(context, parameters, parameters.Variables, document).ConfigureAwait(false);
        context.Response.StatusCode = StatusOf(result, format);
        context.Response.ContentType = ContentTypeOf(format);

        // Bytes written before the response has started are held apart and copied into the output
        // once the headers go out; starting it first lets the result go straight into the output.
        await context.Response.StartAsync().ConfigureAwait(false);
        result.WriteTo(context.Response.BodyWriter);
    }

    private async Task ExecuteVariableBatchAsync(
        HttpContext context,
        ResponseFormat format,
        RequestParameters parameters,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> sets,
        DocumentNode? document)
    {
        if (!CheckBatchSize(context, format, sets.Count))
        {
            return;
        }

        StartBatchResponse(context, format);
        var writer = context.Response.BodyWriter;
        for (var i = 0; i < sets.Count; i++)
        {
            var result = await ExecuteAsync(context, parameters, sets[i], document).ConfigureAwait(false);
            await WriteBatchItemAsync(context, writer, result, i).ConfigureAwait(false);
        }

        WriteByte(writer, (byte)']');
    }

    private async Task ExecuteBatchAsync(HttpContext context, ResponseFormat format, RequestParameters[] batch)
    {
        if (!CheckBatchSize(context, format, batch.Length))
        {
            return;
        }

        StartBatchResponse(context, format);
        var writer = context.Response.BodyWriter;
        for (var i = 0; i < batch.Length; i++)
        {
            var persisted = await _persisted.ResolveAsync(batch[i], context.RequestAborted).ConfigureAwait(false);
            if (persisted.Error is { } persistedError)
            {
                await WriteBatchItemAsync(context, writer, ExecutionResult.FromError(persistedError), i).ConfigureAwait(false);
                continue;
            }

            var parameters = persisted.Parameters;
            DocumentNode? document = null;
            var isSubscription = false;
            if (_hasSubscriptions && parameters.Query is { } queryText
                && server.OperationTypes.TryGetOperationType(queryText, parameters.OperationName, out var parsed, out var operationType))
            {
                document = parsed;
                isSubscription = operationType == OperationType.Subscription;
            }

            var result = isSubscription
                ? ExecutionResult.FromError(StreamingNotSupported())
                : await ExecuteAsync(context, parameters, parameters.Variables, document).ConfigureAwait(false);

            await WriteBatchItemAsync(context, writer, result, i).ConfigureAwait(false);
        }

        WriteByte(writer, (byte)']');
    }

    private async Task<ExecutionResult> ExecuteAsync(
        HttpContext context,
        RequestParameters parameters,
        IReadOnlyDictionary<string, object?>? variables,
        DocumentNode? document)
    {
        var request = new GraphQLRequest(parameters.Query, parameters.OperationName, variables, parameters.Extensions)
        {
            Services = context.RequestServices,
            ContextData = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [ContextDataKeys.ClaimsPrincipal] = context.User,
                [ContextDataKeys.HttpContext] = context,
            },
            DocumentId = parameters.DocumentId,
            Document = document,
        };

        for (var i = 0; i < _interceptors.Length; i++)
        {
            request = await _interceptors[i].OnCreateAsync(context, request, context.RequestAborted).ConfigureAwait(false);
        }

        Dictionary<string, object?>? reported = null;
        if (!_checks.IsEmpty && _checks.Run(context, request, out reported) is { } refused)
        {
            return refused;
        }

        var result = await ExecutionTimeout.ExecuteAsync(_executor, request, context.RequestAborted).ConfigureAwait(false);
        if (result is ExecutionResult single)
        {
            return reported is null ? single : OperationChecks.AddExtensions(single, reported);
        }

        // A subscription the transport did not recognise up front (for example one chosen from a
        // document id): stop its source stream and say why.
        if (result is IAsyncDisposable stream)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        return ExecutionResult.FromError(StreamingNotSupported());
    }

    private async Task<ParsedBody> ReadBodyAsync(HttpContext context, ResponseFormat format)
    {
        var limit = _options.MaxRequestSize;
        if (context.Request.ContentLength > limit)
        {
            WriteTooLarge(context, format);
            return ParsedBody.Rejected;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var reader = context.Request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    WriteTooLarge(context, format);
                    return ParsedBody.Rejected;
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    var body = ParseBody(context, format, buffer);
                    reader.AdvanceTo(buffer.End);
                    return body;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            WriteTooLarge(context, format);
            return ParsedBody.Rejected;
        }
    }

    private ParsedBody ParseBody(HttpContext context, ResponseFormat format, ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            WriteError(context, StatusCodes.Status400BadRequest, format, GraphQLError.WithCode(
                "The request body is empty; expected a JSON GraphQL request.", HttpErrorCodes.InvalidJson));
            return ParsedBody.Rejected;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(buffer);
        }
        catch (JsonException ex)
        {
            WriteError(context, StatusCodes.Status400BadRequest, format, GraphQLError.WithCode(
                $"The request body is not valid JSON: {ex.Message}", HttpErrorCodes.InvalidJson));
            return ParsedBody.Rejected;
        }

        using (json)
        {
            var root = json.RootElement;
            GraphQLError? error;
            if (root.ValueKind == JsonValueKind.Array)
            {
                if (!_options.EnableBatching)
                {
                    WriteError(context, StatusCodes.Status400BadRequest, format, BatchingNotAllowed());
                    return ParsedBody.Rejected;
                }

                var batch = new RequestParameters[root.GetArrayLength()];
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    error = RequestParameterReader.Read(item, allowVariableBatch: false, out batch[index++]);
                    if (error is not null)
                    {
                        WriteError(context, StatusCodes.Status400BadRequest, format, error);
                        return ParsedBody.Rejected;
                    }
                }

                return new ParsedBody(BodyKind.Batch, default, batch);
            }

            error = RequestParameterReader.Read(root, _options.EnableBatching, out var parameters);
            if (error is not null)
            {
                WriteError(context, StatusCodes.Status400BadRequest, format, error);
                return ParsedBody.Rejected;
            }

            return new ParsedBody(BodyKind.Single, parameters, null);
        }
    }

    private bool CheckBatchSize(HttpContext context, ResponseFormat format, int count)
    {
        if (count <= _options.MaxBatchSize)
        {
            return true;
        }

        WriteError(context, StatusCodes.Status400BadRequest, format, GraphQLError.WithCode(
            $"A batch may hold at most {_options.MaxBatchSize} requests; this one has {count}.", HttpErrorCodes.BatchingNotAllowed));
        return false;
    }

    private static void StartBatchResponse(HttpContext context, ResponseFormat format)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentTypeOf(format);
        WriteByte(context.Response.BodyWriter, (byte)'[');
    }

    // Each result goes out as soon as it is complete, so a long batch streams.
    private static async ValueTask WriteBatchItemAsync(HttpContext context, PipeWriter writer, ExecutionResult result, int index)
    {
        if (index > 0)
        {
            WriteByte(writer, (byte)',');
        }

        result.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteByte(PipeWriter writer, byte value)
    {
        writer.GetSpan(1)[0] = value;
        writer.Advance(1);
    }

    // Spec "Status Codes": application/json answers every well-formed GraphQL response with 200;
    // application/graphql-response+json uses 400 for request errors (no data entry).
    private static int StatusOf(ExecutionResult result, ResponseFormat format)
    {
        if (format == ResponseFormat.Json || result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors.Count > 0 && result.Errors[0].Code == ErrorCodes.Timeout
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private static string ContentTypeOf(ResponseFormat format)
        => format == ResponseFormat.GraphQLResponseJson ? MediaTypes.GraphQLResponseJsonUtf8 : MediaTypes.JsonUtf8;

    private static ResponseFormat NegotiateOrJson(HttpContext context)
        => AcceptHeader.Negotiate(context.Request.Headers.Accept) is var format && format != ResponseFormat.None ? format : ResponseFormat.Json;

    private static GraphQLError StreamingNotSupported()
        => GraphQLError.WithCode(
            "Subscriptions need a streaming transport (WebSocket or Server-Sent Events); this endpoint answers with one JSON result.",
            HttpErrorCodes.StreamingNotSupported);

    private static GraphQLError BatchingNotAllowed()
        => GraphQLError.WithCode("Request batching is disabled on this server.", HttpErrorCodes.BatchingNotAllowed);

    private static void WriteNotAcceptable(HttpContext context)
        => WriteError(context, StatusCodes.Status406NotAcceptable, ResponseFormat.Json, GraphQLError.WithCode(
            "The Accept header allows neither application/graphql-response+json nor application/json.", HttpErrorCodes.NotAcceptable));

    private void WriteTooLarge(HttpContext context, ResponseFormat format)
        => WriteError(context, StatusCodes.Status413PayloadTooLarge, format, GraphQLError.WithCode(
            $"The request body is larger than the limit of {_options.MaxRequestSize} bytes.", HttpErrorCodes.RequestTooLarge));

    // Apollo's APQ protocol answers a miss with 200 (clients then resend with the text) and keeps it out of caches.
    private static void WritePersistedError(HttpContext context, ResponseFormat format, PersistedOperationOutcome outcome)
    {
        var result = ExecutionResult.FromError(outcome.Error!);
        if (outcome.AlwaysOk)
        {
            context.Response.Headers.CacheControl = "private, no-cache, must-revalidate";
        }

        WriteError(context, outcome.AlwaysOk ? StatusCodes.Status200OK : StatusOf(result, format), format, outcome.Error!);
    }

    private static void WriteError(HttpContext context, int statusCode, ResponseFormat format, GraphQLError error)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ContentTypeOf(format);
        ExecutionResult.FromError(error).WriteTo(context.Response.BodyWriter);
    }
}
