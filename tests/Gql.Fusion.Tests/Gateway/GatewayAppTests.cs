using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ECommerce.Gateway;
using ECommerce.Testing;
using Gql.Fusion.Tests.Hosting;
using Gql.Fusion.Tests.Subgraphs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>The gateway host (gateway/) started from a fusion.json, with subgraph URLs overridden by configuration.</summary>
public class GatewayAppTests
{
    [Fact]
    public async Task The_host_reads_fusion_json_composes_the_schema_files_and_serves_the_graph()
    {
        await using var accounts = await SubgraphHost.StartAsync("accounts");
        await using var reviews = await SubgraphHost.StartAsync("reviews");
        var folder = Directory.CreateTempSubdirectory("fusion-gateway-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "schema"));
            File.WriteAllText(Path.Combine(folder.FullName, "schema", "accounts.graphql"), SampleSubgraphs.SourceSchema("accounts"));
            File.WriteAllText(Path.Combine(folder.FullName, "schema", "reviews.graphql"), SampleSubgraphs.SourceSchema("reviews"));
            var fusionFile = Path.Combine(folder.FullName, "fusion.json");
            File.WriteAllText(fusionFile, """
                {
                  "formatVersion": 1,
                  "gateway": { "path": "/graphql", "forwardHeaders": [ "Authorization" ], "subgraphRequestTimeoutSeconds": 5, "allowQueryPlan": true },
                  "subgraphs": [
                    { "name": "accounts", "schemaFile": "schema/accounts.graphql", "urls": { "local": { "http": "http://127.0.0.1:9/graphql" } } },
                    { "name": "reviews", "schemaFile": "schema/reviews.graphql", "urls": { "docker": { "http": "http://reviews:5000/graphql" } } },
                    { "name": "missing", "schemaFile": "schema/missing.graphql", "urls": { "docker": { "http": "http://missing:5000/graphql" } } }
                  ]
                }
                """);
            var port = FreeTcpPort.Next();
            await using var app = GatewayApp.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [GatewayApp.FusionFileVariable] = fusionFile,
                [GatewayApp.EnvironmentVariable] = "docker",
                ["ECOMMERCE_ACCOUNTS_URL"] = accounts.Url.ToString(),
                ["ECOMMERCE_REVIEWS_URL"] = reviews.Url.ToString(),
                ["urls"] = $"http://127.0.0.1:{port}",
            }));
            await app.StartAsync();
            using var client = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/graphql")
            {
                Content = new StringContent("""{"query":"{ me { name reviews { body } } }"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Add("GraphQL-Query-Plan", "1");

            using var response = await client.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal(200, (int)response.StatusCode);
            Assert.Null(body["errors"]);
            Assert.Equal("User 1", (string?)body["data"]!["me"]!["name"]);
            Assert.Equal(24, body["data"]!["me"]!["reviews"]!.AsArray().Count);
            Assert.Equal(2, body["extensions"]!["queryPlan"]!["fetches"]!.AsArray().Count);
            await app.StopAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
