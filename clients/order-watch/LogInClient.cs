using System.Net.Http.Json;
using System.Text.Json;
using ECommerce.OrderWatch.Operations;

namespace ECommerce.OrderWatch;

/// <summary>Logs in through the graph's <c>logIn</c> mutation (Users subgraph) and returns the JWT.</summary>
public sealed class LogInClient(HttpClient http)
{
    public async Task<string> LogInAsync(Uri endpoint, string email, string password, CancellationToken cancellationToken)
    {
        var body = new { query = OrderOperations.LogIn, operationName = "LogIn", variables = new { input = new { email, password } } };
        using var response = await http.PostAsJsonAsync(endpoint, body, cancellationToken).ConfigureAwait(false);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        if (json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            throw new GraphQLSocketException("log-in failed: " + errors[0].GetProperty("message").GetString());
        }

        var payload = json.GetProperty("data").GetProperty("logIn");
        if (payload.TryGetProperty("errors", out var typed) && typed.ValueKind == JsonValueKind.Array && typed.GetArrayLength() > 0)
        {
            throw new GraphQLSocketException("log-in failed: " + typed[0].GetProperty("message").GetString());
        }

        return payload.GetProperty("token").GetString()
            ?? throw new GraphQLSocketException("log-in failed: the server returned no token");
    }
}
