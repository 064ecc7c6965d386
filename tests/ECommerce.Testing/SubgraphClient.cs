using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace ECommerce.Testing;

/// <summary>
/// POSTs GraphQL requests (application/json) to a service's /graphql, optionally with a bearer
/// token, and returns the response's root element; fails the test on a non-2xx status.
/// </summary>
public sealed class SubgraphClient(HttpClient http)
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

        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Runs the request and returns <c>data</c>, failing when the response has errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var result = await ExecuteAsync(query, variables, token).ConfigureAwait(false);
        Assert.False(result.TryGetProperty("errors", out var errors), $"Unexpected errors: {(errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText())}");
        return result.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of the response's only error.</summary>
    public static string SingleErrorCode(JsonElement result)
    {
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        return error.GetProperty("extensions").GetProperty("code").GetString()!;
    }

    /// <summary>The <c>extensions.code</c> of every error of a response (none when it has no errors).</summary>
    public static string[] ErrorCodes(JsonElement result)
        => result.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("code").GetString()!)]
            : [];
}
