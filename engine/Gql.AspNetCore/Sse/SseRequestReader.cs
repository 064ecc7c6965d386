using System.Buffers;
using System.Text.Json;
using Gql.Execution;
using Gql.Language;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore;

/// <summary>
/// Reads the GraphQL request of a graphql-sse request: a JSON body (POST) or the query string
/// (GET), with the request parameters of GraphQL over HTTP. Problems are answered here with the
/// status GraphQL over HTTP gives them, as a JSON error.
/// </summary>
internal static class SseRequestReader
{
    public static async Task<RequestParameters?> ReadAsync(HttpContext context, long maxRequestSize)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            var queryError = ReadQueryString(context, out var fromQuery);
            if (queryError is not null)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, queryError).ConfigureAwait(false);
                return null;
            }

            return fromQuery;
        }

        if (!ContentTypeHeader.IsJson(context.Request.ContentType))
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, GraphQLError.WithCode(
                "POST requests must have the Content-Type application/json (UTF-8).", HttpErrorCodes.UnsupportedMediaType)).ConfigureAwait(false);
            return null;
        }

        var body = await ReadBodyAsync(context, maxRequestSize).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        GraphQLError? error;
        RequestParameters parameters;
        try
        {
            using var json = JsonDocument.Parse(body.Value);
            error = RequestParameterReader.Read(json.RootElement, allowVariableBatch: false, out parameters);
        }
        catch (JsonException ex)
        {
            error = GraphQLError.WithCode($"The request body is not valid JSON: {ex.Message}", HttpErrorCodes.InvalidJson);
            parameters = default;
        }

        if (error is not null)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
            return null;
        }

        return parameters;
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, GraphQLError error)
        => WriteErrorsAsync(context, statusCode, [error]);

    public static async Task WriteErrorsAsync(HttpContext context, int statusCode, IReadOnlyList<GraphQLError> errors)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = MediaTypes.JsonUtf8;
        ExecutionResult.FromErrors(errors).WriteTo(context.Response.BodyWriter);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static GraphQLError? ReadQueryString(HttpContext context, out RequestParameters parameters)
    {
        parameters = default;
        var query = context.Request.Query;
        var text = query["query"];
        if (text.Count != 1 || string.IsNullOrEmpty(text[0]))
        {
            return RequestParameterReader.MissingQuery();
        }

        var error = RequestParameterReader.ReadMap(query["variables"].Count == 1 ? query["variables"][0] : null, "variables", out var variables);
        IReadOnlyDictionary<string, object?>? extensions = null;
        error ??= RequestParameterReader.ReadMap(query["extensions"].Count == 1 ? query["extensions"][0] : null, "extensions", out extensions);
        if (error is not null)
        {
            return error;
        }

        var operationName = query["operationName"].Count == 1 ? query["operationName"][0] : null;
        parameters = new RequestParameters(text[0], operationName, variables, null, extensions, null);
        return null;
    }

    private static async Task<ReadOnlySequence<byte>?> ReadBodyAsync(HttpContext context, long limit)
    {
        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, GraphQLError.WithCode(
                    $"The request body is larger than the limit of {limit} bytes.", HttpErrorCodes.RequestTooLarge)).ConfigureAwait(false);
                return null;
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                // Copied so the reader can be advanced before the body is parsed.
                var copy = new ReadOnlySequence<byte>(buffer.ToArray());
                reader.AdvanceTo(buffer.End);
                return copy;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
