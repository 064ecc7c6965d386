using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gql.Execution;
using Gql.Language;

namespace Gql.AspNetCore;

/// <summary>The UTF-8 JSON text of the messages a <c>graphql-transport-ws</c> server sends.</summary>
internal static class ServerMessages
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static byte[] ConnectionAck(IReadOnlyDictionary<string, object?>? payload) => WithPayload("connection_ack", payload);

    public static byte[] Ping() => """{"type":"ping"}"""u8.ToArray();

    public static byte[] Pong(IReadOnlyDictionary<string, object?>? payload) => WithPayload("pong", payload);

    public static byte[] Next(string id, ExecutionResult result)
        => Write(id, "next", writer => ResultJsonWriter.WriteResult(writer, result));

    public static byte[] Error(string id, IReadOnlyList<GraphQLError> errors)
        => Write(id, "error", writer => ResultJsonWriter.WriteErrors(writer, errors));

    public static byte[] Complete(string id) => Write(id, "complete", null);

    private static byte[] WithPayload(string type, IReadOnlyDictionary<string, object?>? payload)
        => Write(null, type, payload is null ? null : writer => ResultJsonWriter.WriteValue(writer, payload));

    private static byte[] Write(string? id, string type, Action<Utf8JsonWriter>? writePayload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id"u8, id);
            }

            writer.WriteString("type"u8, type);
            if (writePayload is not null)
            {
                writer.WritePropertyName("payload"u8);
                writePayload(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
