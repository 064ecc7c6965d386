using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ECommerce.Products.Tests;

/// <summary>POSTs GraphQL requests (application/json) and returns the response's root element.</summary>
internal sealed class GraphQLClient(HttpClient http)
{
    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Runs the request and returns <c>data</c>, failing when the response has errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var result = await ExecuteAsync(query, variables, token);
        Assert.False(result.TryGetProperty("errors", out var errors), $"Unexpected errors: {(errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText())}");
        return result.GetProperty("data");
    }
}
