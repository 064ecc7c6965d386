using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ECommerce.Gateway;
using ECommerce.Testing;
using ECommerce.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>
/// The gateway started from the repository's fusion.json accepts the mobile app's trusted documents
/// (clients/mobile/persisted-documents.json) by id, in front of the real Users subgraph.
/// </summary>
public class TrustedDocumentsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task The_mobile_log_in_runs_by_its_document_id_and_an_unknown_id_is_refused()
    {
        // Arrange
        await using var users = UsersApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["ECOMMERCE_POSTGRES"] = postgres.Server.ConnectionString;
            builder.Configuration["Users:Database"] = "users_trusted_" + Guid.NewGuid().ToString("N")[..8];
        });
        await UsersApp.InitializeAsync(users);
        await users.StartAsync();
        var usersAddress = users.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var root = RepositoryRoot.Find();
        var port = FreeTcpPort.Next();
        await using var gateway = GatewayApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [GatewayApp.FusionFileVariable] = Path.Combine(root, "fusion.json"),
                ["ECOMMERCE_USERS_URL"] = usersAddress + "/graphql",
                ["urls"] = $"http://127.0.0.1:{port}",
            });
        });
        await gateway.StartAsync();
        var logIn = File.ReadAllText(Path.Combine(root, "clients", "mobile", "operations", "LogIn.graphql")).TrimEnd();
        var id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(logIn)));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        // Act
        var (byIdStatus, byId) = await PostAsync(client, new { documentId = id, variables = new { email = "alice@example.com", password = "Customer#2026" } });
        var (unknownStatus, unknown) = await PostAsync(client, new { documentId = "sha256:" + new string('0', 64), variables = new { } });
        var (textStatus, byText) = await PostAsync(client, new { query = "{ __typename }" });

        // Assert
        Assert.Equal(200, byIdStatus);
        Assert.Null(byId["errors"]);
        Assert.False(string.IsNullOrEmpty((string?)byId["data"]!["logIn"]!["token"]));
        Assert.Equal(400, unknownStatus);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (string?)unknown["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(200, textStatus);
        Assert.Equal("Query", (string?)byText["data"]!["__typename"]);
        await gateway.StopAsync();
        await users.StopAsync();
    }

    private static async Task<(int Status, JsonNode Body)> PostAsync(HttpClient client, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
