using System.Text.Json;
using ECommerce.Gateway;
using ECommerce.Inventory;
using ECommerce.Orders;
using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Payments;
using ECommerce.Products;
using ECommerce.Testing;
using ECommerce.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ECommerce.Shop.Testing;

/// <summary>
/// The whole shop in-process: one test PostgreSQL and Redis, the five real subgraph apps (Users,
/// Products, Inventory, Orders, Payments with its built-in test provider) on loopback ports the OS
/// picks as they bind (Orders starts after the four it calls, with their URLs), each migrated and
/// seeded, and the gateway (gateway/, from the repository's fusion.json and schema files with the
/// subgraph URLs pointing at those ports), also on a port picked as it binds. Use it as an xunit collection
/// fixture; everything a test does goes through <see cref="Gateway"/>.
/// </summary>
public sealed class ShopStack : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private readonly RedisFixture _redis = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private WebApplication? _gateway;
    private Uri? _gatewayUrl;
    private GraphQLClient? _gatewayClient;
    private WebApplication? _completingGateway;
    private GraphQLClient? _completingGatewayClient;

    public ShopStack()
    {
        Users = Service("users", UsersApp.Build, UsersApp.InitializeAsync);
        Products = Service("products", ProductsApp.Build, ProductsApp.InitializeAsync);
        Inventory = Service("inventory", InventoryApp.Build, InventoryApp.InitializeAsync);
        Orders = Service("orders", OrdersApp.Build, OrdersApp.InitializeAsync, ConfigureOrders);
        Payments = Service("payments", PaymentsApp.Build, PaymentsApp.InitializeAsync);
        Subgraphs = [Users, Products, Inventory, Orders, Payments];
    }

    public ShopService Users { get; }

    public ShopService Products { get; }

    public ShopService Inventory { get; }

    public ShopService Orders { get; }

    public ShopService Payments { get; }

    /// <summary>The five subgraphs in fusion.json order.</summary>
    public IReadOnlyList<ShopService> Subgraphs { get; }

    public int GatewayPort => GatewayUrl.Port;

    /// <summary>The gateway's GraphQL endpoint (HTTP; the same path serves WebSocket and SSE).</summary>
    public Uri GatewayUrl => _gatewayUrl ?? throw new InvalidOperationException("The shop has not been started yet.");

    /// <summary>The gateway's WebSocket endpoint (graphql-transport-ws).</summary>
    public Uri GatewaySocketUrl => new UriBuilder(GatewayUrl) { Scheme = "ws" }.Uri;

    /// <summary>The gateway's services (its counters, for tests that check which path a request took).</summary>
    public IServiceProvider GatewayServices => _gateway?.Services ?? throw new InvalidOperationException("The shop has not been started yet.");

    /// <summary>Posts GraphQL to the gateway.</summary>
    public GraphQLClient Gateway => _gatewayClient ?? throw new InvalidOperationException("The shop has not been started yet.");

    /// <summary>A client for other requests to the gateway (SSE, GET).</summary>
    public HttpClient Http => _http;

    /// <summary>Every request the subgraphs received (from the gateway, and Orders' calls to the others).</summary>
    public SubgraphRequestLog Requests { get; } = new();

    public PostgresServer Postgres => _postgres.Server;

    public RedisServer Redis => _redis.Server;

    public ShopService this[string name] => Subgraphs.Single(s => s.Name == name);

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_postgres.InitializeAsync(), _redis.InitializeAsync());
        // Orders calls the other four, so it is built with their URLs once they are listening.
        await Task.WhenAll(Subgraphs.Where(s => s != Orders).Select(s => s.StartAsync()));
        await Orders.StartAsync();
        (_gateway, _gatewayUrl) = await StartGatewayAsync(writeResponsesDirectly: true);
        _gatewayClient = new GraphQLClient(_http, _gatewayUrl);
    }

    /// <summary>
    /// A second gateway in front of the same subgraphs that completes every result through the
    /// engine's executor (<c>Gateway:WriteResponsesDirectly</c> off): the reference the default
    /// gateway's in-place merge must match byte for byte. Started on first use, stopped with the shop.
    /// </summary>
    public async Task<GraphQLClient> CompletingGatewayAsync()
    {
        if (_completingGateway is null)
        {
            var (app, url) = await StartGatewayAsync(writeResponsesDirectly: false);
            _completingGateway = app;
            _completingGatewayClient = new GraphQLClient(_http, url);
        }

        return _completingGatewayClient!;
    }

    private async Task<(WebApplication App, Uri Url)> StartGatewayAsync(bool writeResponsesDirectly)
    {
        var gateway = GatewayApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            var settings = new Dictionary<string, string?>
            {
                [GatewayApp.FusionFileVariable] = Path.Combine(RepositoryRoot.Find(), "fusion.json"),
                [GatewayApp.EnvironmentVariable] = "local",
                ["urls"] = "http://127.0.0.1:0",
                ["Gateway:AllowQueryPlan"] = "true",
                ["Gateway:WriteResponsesDirectly"] = writeResponsesDirectly ? "true" : "false",
            };
            foreach (var subgraph in Subgraphs)
            {
                settings[$"ECOMMERCE_{subgraph.Name.ToUpperInvariant()}_URL"] = subgraph.Endpoint.ToString();
            }

            foreach (var (key, value) in settings)
            {
                builder.Configuration[key] = value;
            }
        });
        await gateway.StartAsync();
        var address = gateway.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (gateway, new Uri(new Uri(address), "/graphql"));
    }

    /// <summary>Logs in through the gateway's <c>logIn</c> mutation; throws when the account is refused.</summary>
    public async Task<ShopUser> LogInAsync(string email, string password)
    {
        var payload = (await Gateway.DataAsync(
            "mutation LogIn($input: LogInInput!) { logIn(input: $input) { token user { id email } errors { __typename ... on Error { message } } } }",
            new { input = new { email, password } })).GetProperty("logIn");
        return ToUser(payload, "logIn");
    }

    /// <summary>A new CUSTOMER account (unique email), signed up through the gateway.</summary>
    public async Task<ShopUser> SignUpAsync(string name = "Test Customer")
    {
        var email = $"customer-{Guid.NewGuid():N}@example.com";
        var payload = (await Gateway.DataAsync(
            "mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token user { id email } errors { __typename ... on Error { message } } } }",
            new { input = new { email, password = "Customer#" + Guid.NewGuid().ToString("N")[..8], name } })).GetProperty("signUp");
        return ToUser(payload, "signUp");
    }

    /// <summary>The seeded admin (logged in once per stack).</summary>
    public Task<string> AdminTokenAsync() => CachedTokenAsync(ShopAccounts.AdminEmail, ShopAccounts.AdminPassword);

    /// <summary>The seeded customer alice@example.com (logged in once per stack).</summary>
    public Task<string> CustomerTokenAsync() => CachedTokenAsync(ShopAccounts.CustomerEmail, ShopAccounts.CustomerPassword);

    public async Task DisposeAsync()
    {
        if (_completingGateway is not null)
        {
            await _completingGateway.StopAsync();
            await _completingGateway.DisposeAsync();
        }

        if (_gateway is not null)
        {
            await _gateway.StopAsync();
            await _gateway.DisposeAsync();
        }

        foreach (var subgraph in Subgraphs.Reverse())
        {
            await subgraph.DisposeAsync();
        }

        _http.Dispose();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    private async Task<string> CachedTokenAsync(string email, string password)
    {
        lock (_tokens)
        {
            if (_tokens.TryGetValue(email, out var cached))
            {
                return cached;
            }
        }

        var user = await LogInAsync(email, password);
        lock (_tokens)
        {
            _tokens[email] = user.Token;
        }

        return user.Token;
    }

    private static ShopUser ToUser(JsonElement payload, string field)
    {
        if (payload.GetProperty("errors").ValueKind == JsonValueKind.Array || payload.GetProperty("token").ValueKind != JsonValueKind.String)
        {
            throw new GraphQLRequestException($"{field} was refused: {payload.GetRawText()}");
        }

        var user = payload.GetProperty("user");
        return new ShopUser(user.GetProperty("id").GetString()!, user.GetProperty("email").GetString()!, payload.GetProperty("token").GetString()!);
    }

    private ShopService Service(
        string name,
        Func<string[], Action<WebApplicationBuilder>?, WebApplication> build,
        Func<WebApplication, CancellationToken, Task> initialize,
        Action<WebApplicationBuilder>? configure = null)
        => new(name, build, initialize, builder =>
        {
            // Five apps share one test server: pooled connections wait rather than exceed max_connections.
            builder.Configuration["ECOMMERCE_POSTGRES"] = Postgres.ConnectionString + ";Maximum Pool Size=12";
            builder.Configuration["ECOMMERCE_REDIS"] = Redis.Configuration;
            foreach (var other in Subgraphs.Where(s => s.HasPort))
            {
                builder.Configuration[$"ECOMMERCE_{other.Name.ToUpperInvariant()}_URL"] = other.Endpoint.ToString();
            }

            builder.Services.AddSingleton<IStartupFilter>(new SubgraphRequestRecorder(name, Requests));
            configure?.Invoke(builder);
        });

    /// <summary>Short retry and outbox intervals (as the Orders tests use), no emails, and its calls to the others marked in the request log.</summary>
    private static void ConfigureOrders(WebApplicationBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Orders:ServiceCalls:MaxAttempts"] = "2",
            ["Orders:ServiceCalls:RetryDelay"] = "00:00:00.050",
            ["Orders:Outbox:PollInterval"] = "00:00:00.200",
            ["Orders:Outbox:RetryDelay"] = "00:00:00.100",
            ["Orders:Outbox:MaxRetryDelay"] = "00:00:00.500",
            ["Orders:Notifications:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddHttpClient(ServiceGraphQLClient.HttpClientName).AddHttpMessageHandler(() => new CallerHeaderHandler("orders"));
    }
}
