using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gql.Execution;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore;

/// <summary>
/// Writes the events of a graphql-sse stream (<c>next</c>, <c>complete</c>, keep-alive comments)
/// to one response; writes from the operations and the keep-alive timer are serialised.
/// </summary>
internal sealed class SseEventWriter(HttpResponse response) : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly byte[] NextHead = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] CompleteHead = "event: complete\ndata: "u8.ToArray();

    private readonly SemaphoreSlim _lock = new(1, 1);

    public static async Task StartAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync().ConfigureAwait(false);
        await response.BodyWriter.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Distinct connections mode: <c>data</c> is the execution result.</summary>
    public Task WriteNextAsync(ExecutionResult result, CancellationToken cancellationToken)
        => WriteAsync(NextHead, writer => ResultJsonWriter.WriteResult(writer, result), cancellationToken);

    public Task WriteCompleteAsync(CancellationToken cancellationToken)
        => WriteAsync(CompleteHead, null, cancellationToken);

    /// <summary>Single connection mode: <c>data</c> is <c>{"id": ..., "payload": result}</c>.</summary>
    public Task WriteNextAsync(string id, ExecutionResult result, CancellationToken cancellationToken)
        => WriteAsync(NextHead, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WritePropertyName("payload"u8);
            ResultJsonWriter.WriteResult(writer, result);
            writer.WriteEndObject();
        }, cancellationToken);

    public Task WriteCompleteAsync(string id, CancellationToken cancellationToken)
        => WriteAsync(CompleteHead, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WriteEndObject();
        }, cancellationToken);

    public async Task WriteKeepAliveAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            response.BodyWriter.Write(":\n\n"u8);
            await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Writes keep-alive comments until <paramref name="cancellationToken"/> is signalled.</summary>
    public async Task KeepAliveAsync(TimeSpan? interval, CancellationToken cancellationToken)
    {
        if (interval is not { } period || period <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await WriteKeepAliveAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
            return;
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task WriteAsync(byte[] head, Action<Utf8JsonWriter>? writeData, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var output = response.BodyWriter;
            output.Write(head);
            if (writeData is not null)
            {
                using var writer = new Utf8JsonWriter(output, WriterOptions);
                writeData(writer);
            }

            output.Write("\n\n"u8);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }
}
