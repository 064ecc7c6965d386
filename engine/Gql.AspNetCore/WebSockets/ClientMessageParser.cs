using System.Text.Json;
using Gql.Execution;

namespace Gql.AspNetCore;

/// <summary>
/// Parses and validates a client message of <c>graphql-transport-ws</c> (PROTOCOL.md, "Message
/// types"); anything else is an "Invalid message" and closes the socket with 4400.
/// </summary>
internal static class ClientMessageParser
{
    public static bool TryParse(ReadOnlyMemory<byte> utf8, out ClientMessage message, out string error)
    {
        message = null!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            error = "Invalid message received: not JSON";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "Invalid message received: a message must be a JSON object";
                return false;
            }

            if (!root.TryGetProperty("type"u8, out var type) || type.ValueKind != JsonValueKind.String)
            {
                error = "Invalid message received: missing the 'type' property";
                return false;
            }

            return type.GetString() switch
            {
                "connection_init" => TryReadPayloadMessage(root, ClientMessageType.ConnectionInit, out message, out error),
                "ping" => TryReadPayloadMessage(root, ClientMessageType.Ping, out message, out error),
                "pong" => TryReadPayloadMessage(root, ClientMessageType.Pong, out message, out error),
                "subscribe" => TryReadSubscribe(root, out message, out error),
                "complete" => TryReadComplete(root, out message, out error),
                var other => Fail($"Invalid message received: unexpected message type '{other}'", out message, out error),
            };
        }
    }

    private static bool TryReadPayloadMessage(JsonElement root, ClientMessageType type, out ClientMessage message, out string error)
    {
        if (!TryReadOptionalMap(root, "payload", out var payload))
        {
            return Fail($"Invalid message received: the 'payload' of '{root.GetProperty("type"u8).GetString()}' must be an object or null", out message, out error);
        }

        message = new ClientMessage(type, Payload: payload);
        error = string.Empty;
        return true;
    }

    private static bool TryReadSubscribe(JsonElement root, out ClientMessage message, out string error)
    {
        if (!TryReadId(root, out var id))
        {
            return Fail("Invalid message received: 'subscribe' needs a non-empty string 'id'", out message, out error);
        }

        if (!root.TryGetProperty("payload"u8, out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return Fail("Invalid message received: 'subscribe' needs an object 'payload'", out message, out error);
        }

        string? query = null;
        if (payload.TryGetProperty("query"u8, out var queryElement) && queryElement.ValueKind != JsonValueKind.Null)
        {
            if (queryElement.ValueKind != JsonValueKind.String)
            {
                return Fail("Invalid message received: the 'payload' of 'subscribe' needs a string 'query'", out message, out error);
            }

            query = queryElement.GetString();
        }

        string? documentId = null;
        if (payload.TryGetProperty("documentId"u8, out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind != JsonValueKind.String)
            {
                return Fail("Invalid message received: 'documentId' must be a string or null", out message, out error);
            }

            documentId = idElement.GetString();
        }

        string? operationName = null;
        if (payload.TryGetProperty("operationName"u8, out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return Fail("Invalid message received: 'operationName' must be a string or null", out message, out error);
            }

            operationName = name.GetString();
        }

        if (!TryReadOptionalMap(payload, "variables", out var variables) || !TryReadOptionalMap(payload, "extensions", out var extensions))
        {
            return Fail("Invalid message received: 'variables' and 'extensions' must be objects or null", out message, out error);
        }

        if (query is null && documentId is null && extensions?.ContainsKey("persistedQuery") != true)
        {
            return Fail("Invalid message received: the 'payload' of 'subscribe' needs a string 'query' (or a persisted document's 'documentId')", out message, out error);
        }

        message = new ClientMessage(ClientMessageType.Subscribe, id, Subscribe: new SubscribePayload(query, operationName, variables, extensions, documentId));
        error = string.Empty;
        return true;
    }

    private static bool TryReadComplete(JsonElement root, out ClientMessage message, out string error)
    {
        if (!TryReadId(root, out var id))
        {
            return Fail("Invalid message received: 'complete' needs a non-empty string 'id'", out message, out error);
        }

        message = new ClientMessage(ClientMessageType.Complete, id);
        error = string.Empty;
        return true;
    }

    private static bool TryReadId(JsonElement root, out string id)
    {
        id = string.Empty;
        if (!root.TryGetProperty("id"u8, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        id = value.GetString()!;
        return id.Length > 0;
    }

    private static bool TryReadOptionalMap(JsonElement parent, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        map = (IReadOnlyDictionary<string, object?>)JsonVariables.FromElement(value)!;
        return true;
    }

    private static bool Fail(string reason, out ClientMessage message, out string error)
    {
        message = null!;
        error = reason;
        return false;
    }
}
