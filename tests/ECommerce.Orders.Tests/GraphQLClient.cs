using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ECommerce.Orders.Tests;

/// <summary>Sends GraphQL requests to a service's /graphql (application/json) and returns the response's root element.</summary>
internal sealed class GraphQLClient(HttpClient http)
{
    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The response's <c>data</c>; fails the test when the response has errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var response = await ExecuteAsync(query, variables, token);
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Fail("Unexpected errors: " + errors.GetRawText());
        }

        return response.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of every error of a response.</summary>
    public static string[] ErrorCodes(JsonElement response)
        => response.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToArray()
            : [];
}
