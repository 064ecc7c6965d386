using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using ECommerce.Testing;

namespace ECommerce.Testing.Tests;

/// <summary>
/// ./run.sh with every service, as a developer starts it (free ports instead of the defaults): the five
/// subgraphs come up with their seed data, the gateway serves the composed graph and Banana Cake Pop,
/// and the storefront (clients/web) serves its app and passes /graphql on to the gateway; the first checkout
/// right after the start is paid within the gateway's subgraph timeout.
/// It does not build (test.sh has built and installed the storefront's npm packages).
/// </summary>
public sealed class RunScriptShopTests : IDisposable
{
    // Five subgraphs migrate and seed one after the other, then the gateway composes: more than the default bound.
    private static readonly TimeSpan ShopStartTimeout = TimeSpan.FromMinutes(5);
    private readonly string _dataRoot;

    public RunScriptShopTests()
    {
        _dataRoot = Directory.CreateTempSubdirectory("ecommerce-shop-").FullName;
        File.SetUnixFileMode(_dataRoot, (UnixFileMode)0b111_101_101);
    }

    public void Dispose() => Directory.Delete(_dataRoot, recursive: true);

    [Fact]
    public async Task The_five_subgraphs_start_with_seed_data_behind_the_gateway_with_the_ide_and_the_storefront()
    {
        // Arrange (run.sh on free ports, ready)
        var (script, ports, storefrontPort) = await StartShopAsync();
        await using var _ = script;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var gateway = $"http://127.0.0.1:{ports["GATEWAY"]}/graphql";
        var storefront = $"http://127.0.0.1:{storefrontPort}";

        // Act
        var catalog = await PostAsync(client, gateway, "{ products(first: 2) { totalCount nodes { sku name price inStock inventory { onHand } } } categories { id } }");
        var logIn = await PostAsync(client, gateway, """mutation { logIn(input: { email: "admin@shop.local", password: "Admin#Shop2026" }) { token user { role } } }""");
        using var ideRequest = new HttpRequestMessage(HttpMethod.Get, gateway);
        ideRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var ide = await client.SendAsync(ideRequest);
        var ready = new Dictionary<string, int>();
        foreach (var (name, port) in ports.Where(p => p.Key != "GATEWAY"))
        {
            using var response = await client.GetAsync($"http://127.0.0.1:{port}/health/ready");
            ready[name] = (int)response.StatusCode;
        }
        var storefrontHome = await client.GetStringAsync($"{storefront}/");
        var storefrontOrderPage = await client.GetStringAsync($"{storefront}/orders/00000000-0000-4000-8000-000000000001");
        var catalogThroughStorefront = await PostAsync(client, $"{storefront}/graphql", "{ products(first: 1) { totalCount } }");
        var socketReply = await InitializeSocketAsync(new Uri($"ws://127.0.0.1:{storefrontPort}/graphql"));
        var firstCheckout = await FirstCheckoutAsync(client, gateway);

        // Assert
        Assert.Null(catalog["errors"]);
        Assert.Equal(1200, (int)catalog["data"]!["products"]!["totalCount"]!);
        Assert.Equal(24, catalog["data"]!["categories"]!.AsArray().Count);
        var first = catalog["data"]!["products"]!["nodes"]![0]!;
        Assert.StartsWith("SKU-", (string?)first["sku"], StringComparison.Ordinal);
        Assert.Equal((int)first["inventory"]!["onHand"]! > 0, (bool)first["inStock"]!);
        Assert.Null(logIn["errors"]);
        Assert.Equal("ADMIN", (string?)logIn["data"]!["logIn"]!["user"]!["role"]);
        Assert.Equal("text/html", ide.Content.Headers.ContentType?.MediaType);
        Assert.All(ready, entry => Assert.Equal(200, entry.Value));
        Assert.Contains("open it in a browser for Banana Cake Pop", script.AllOutput, StringComparison.Ordinal);
        Assert.Contains("<div id=\"app\"></div>", storefrontHome, StringComparison.Ordinal);
        Assert.Matches("src=\"/assets/index-[^\"]+\\.js\"", storefrontHome);
        Assert.Equal(storefrontHome, storefrontOrderPage);
        Assert.Null(catalogThroughStorefront["errors"]);
        Assert.Equal(1200, (int)catalogThroughStorefront["data"]!["products"]!["totalCount"]!);
        Assert.Equal("connection_ack", (string?)socketReply["type"]);
        Assert.Contains($"storefront  {storefront}/", script.AllOutput, StringComparison.Ordinal);
        Assert.Null(firstCheckout["errors"]);
        Assert.Null(firstCheckout["data"]!["checkout"]!["errors"]);
        Assert.Equal("PAID", (string?)firstCheckout["data"]!["checkout"]!["order"]!["status"]);
        Assert.Equal("SUCCEEDED", (string?)firstCheckout["data"]!["checkout"]!["order"]!["payment"]!["status"]);

        await script.SignalAsync("INT");
        Assert.Equal(0, await script.WaitForExitAsync(RunScript.StopTimeout));
        Assert.All(ports.Values.Append(storefrontPort), port => Assert.False(FreeTcpPort.IsListening(port)));
    }

    /// <summary>
    /// ./run.sh on free ports until it is ready. The ports are chosen before run.sh binds them, and its start takes
    /// a minute, so another process may take one in between: run.sh then stops with "already in use", and the
    /// start is repeated on other ports (a new data folder), at most three times.
    /// </summary>
    private async Task<(RunScript Script, Dictionary<string, int> Ports, int StorefrontPort)> StartShopAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var ports = new[] { "GATEWAY", "USERS", "PRODUCTS", "INVENTORY", "ORDERS", "PAYMENTS" }
                .ToDictionary(name => name, _ => FreeTcpPort.Next());
            var storefrontPort = FreeTcpPort.Next();
            var settings = new Dictionary<string, string>
            {
                ["ECOMMERCE_DATA_DIR"] = Path.Combine(_dataRoot, "data" + attempt.ToString(CultureInfo.InvariantCulture)),
                ["ECOMMERCE_POSTGRES_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
                ["ECOMMERCE_REDIS_PORT"] = FreeTcpPort.Next().ToString(CultureInfo.InvariantCulture),
                ["ECOMMERCE_STOREFRONT_PORT"] = storefrontPort.ToString(CultureInfo.InvariantCulture),
                ["ECOMMERCE_SKIP_BUILD"] = "1",
                ["ECOMMERCE_NO_INSTALL"] = "1",
            };
            foreach (var (name, port) in ports)
            {
                settings[$"ECOMMERCE_{name}_PORT"] = port.ToString(CultureInfo.InvariantCulture);
            }

            var script = RunScript.Start(settings);
            try
            {
                await script.WaitUntilReadyAsync(ShopStartTimeout);
                return (script, ports, storefrontPort);
            }
            catch (InvalidOperationException) when (attempt < 3 && script.AllOutput.Contains("already in use", StringComparison.Ordinal))
            {
                await script.DisposeAsync();
            }
            catch
            {
                await script.DisposeAsync();
                throw;
            }
        }
    }

    // The shop's first checkout after the start, as a new customer makes it: the services warmed up before run.sh
    // said ready, so it must finish within the gateway's subgraph timeout (no SUBGRAPH_TIMEOUT, no retry).
    private static async Task<JsonNode> FirstCheckoutAsync(HttpClient client, string gateway)
    {
        var signUp = await PostAsync(client, gateway, $$"""mutation { signUp(input: { email: "first-{{Guid.NewGuid():N}}@example.com", password: "Customer#2026", name: "First Customer" }) { token } }""");
        var token = (string?)signUp["data"]?["signUp"]?["token"] ?? throw new InvalidOperationException("signUp failed: " + signUp.ToJsonString());
        foreach (var product in new[] { "00000000-0000-4000-8000-000000000002", "00000000-0000-4000-8000-000000000003" })
        {
            var added = await PostAsync(client, gateway, $$"""mutation { addToCart(input: { productId: "{{product}}", quantity: 1 }) { errors { __typename } } }""", token);
            Assert.Null(added["errors"]);
        }

        return await PostAsync(client, gateway, $$"""
            mutation { checkout(input: { shippingAddress: { name: "First Customer", line1: "1 Test Street", city: "Berlin", postalCode: "10115", country: "DE" },
              paymentMethod: "4242424242424242", idempotencyKey: "{{Guid.NewGuid():N}}" }) {
              order { status payment { status } } errors { __typename ... on Error { message } } } }
            """, token);
    }

    // The first message of graphql-transport-ws, through the storefront's WebSocket proxy to the gateway.
    private static async Task<JsonNode> InitializeSocketAsync(Uri url)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(url, timeout.Token);
        await socket.SendAsync("""{"type":"connection_init","payload":{}}"""u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        return JsonNode.Parse(buffer.AsSpan(0, received.Count))!;
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string url, string query, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
