using System.Net;
using System.Text.Json;

namespace Gql.AspNetCore.Tests;

/// <summary>An HTTP response of the server: status, media type, headers and the parsed JSON body.</summary>
public sealed class GraphQLResponse(HttpStatusCode status, string? mediaType, string? allow, string body)
{
    public HttpStatusCode Status { get; } = status;

    public string? MediaType { get; } = mediaType;

    public string? Allow { get; } = allow;

    public string Body { get; } = body;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? FirstErrorCode
        => Json.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions)
            ? extensions.GetProperty("code").GetString()
            : null;

    public bool HasData => Json.TryGetProperty("data", out _);

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var allow = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null;
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, allow, body);
    }
}
