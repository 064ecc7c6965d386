using System.Net;
using System.Text.Json;

namespace ECommerce.Shop.Testing;

/// <summary>One GraphQL over HTTP response: the status and the parsed body.</summary>
public sealed class GraphQLResponse(HttpStatusCode status, JsonElement body)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>The whole body (<c>data</c>, <c>errors</c>, <c>extensions</c>).</summary>
    public JsonElement Body { get; } = body;

    /// <summary><c>data</c>, or an element of kind <see cref="JsonValueKind.Undefined"/> when the body has none.</summary>
    public JsonElement Data => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out var data) ? data : default;

    public IReadOnlyList<JsonElement> Errors
        => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().ToList()
            : [];

    /// <summary>The <c>extensions.code</c> of every error, in order (null for an error without one).</summary>
    public IReadOnlyList<string?> ErrorCodes
        => Errors.Select(e => e.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null).ToList();

    /// <summary>The <c>path</c> of every error as compact JSON (<c>["products","nodes",0,"inventory"]</c>), in order.</summary>
    public IReadOnlyList<string> ErrorPaths
        => Errors.Select(e => e.TryGetProperty("path", out var path) ? JsonSerializer.Serialize(path) : "").ToList();

    public override string ToString() => $"HTTP {(int)Status}: {Body.GetRawText()}";
}
