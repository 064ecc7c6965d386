using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ECommerce.Shop.Testing;

/// <summary>Posts GraphQL requests (application/json) to one endpoint, optionally with a Bearer token.</summary>
public sealed class GraphQLClient(HttpClient http, Uri endpoint)
{
    public Uri Endpoint { get; } = endpoint;

    /// <summary>Sends the request; any HTTP status is returned (tests check that outages still answer 200).</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new GraphQLRequestException($"HTTP {(int)response.StatusCode} without a JSON body: {text}");
        }

        return new GraphQLResponse(response.StatusCode, body);
    }

    /// <summary>The response's <c>data</c>; throws <see cref="GraphQLRequestException"/> when the status is not 200 or the response has errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null, CancellationToken cancellationToken = default)
    {
        var response = await PostAsync(query, variables, token, cancellationToken);
        if (response.Status != HttpStatusCode.OK || response.Errors.Count > 0 || response.Data.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLRequestException("Expected data without errors, got " + response);
        }

        return response.Data;
    }
}
