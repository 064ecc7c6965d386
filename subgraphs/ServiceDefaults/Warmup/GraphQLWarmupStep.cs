using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>
/// Sends the service's <see cref="WarmupOperation"/>s to its own <c>/graphql</c> over loopback HTTP, so
/// the whole path of a real request runs once: Kestrel, JWT authentication, parsing, validation and
/// the operation cache of the executor, the resolvers, their EF Core queries (model, query
/// compilation, pooled connections) and the JSON writer. An operation answered with GraphQL errors
/// fails the step (it no longer warms what it should).
/// </summary>
public sealed class GraphQLWarmupStep(IServer server, JwtTokenService tokens, IEnumerable<WarmupOperation> operations) : IWarmupStep
{
    public string Name => "graphql";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var endpoint = new Uri(OwnAddress(), "/graphql");
        using var http = new HttpClient();
        var failures = new List<string>();
        foreach (var operation in operations)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = JsonContent.Create(new { query = operation.Query, variables = operation.Variables }),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (operation.Roles.Count > 0)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.CreateToken(Guid.NewGuid().ToString(), operation.Roles));
            }

            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || HasErrors(body))
            {
                failures.Add($"{operation.Name} (HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]})");
            }
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException("answered with errors: " + string.Join(", ", failures));
        }
    }

    private static bool HasErrors(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0;
    }

    /// <summary>The address Kestrel listens on, with a wildcard host (containers bind 0.0.0.0) replaced by loopback.</summary>
    private Uri OwnAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address to warm up through.");
        var builder = new UriBuilder(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal));
        builder.Host = builder.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            _ => builder.Host,
        };
        return builder.Uri;
    }
}
