using ECommerce.Orders.Infrastructure;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ECommerce.Orders.Tests;

/// <summary>
/// The real Orders app (OrdersApp.Build) on Kestrel at a free loopback port, on its own database of a
/// test PostgreSQL server and a test Redis, with short retry and poll intervals.
/// </summary>
internal sealed class OrdersHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OrdersHost(WebApplication app, Uri address, string connectionString)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = address };
        GraphQL = new SubgraphClient(Http);
        ConnectionString = connectionString;
        Address = address;
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public SubgraphClient GraphQL { get; }

    /// <summary>The app's own database.</summary>
    public string ConnectionString { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<OrdersHost> StartAsync(PostgresServer server, string redis, Action<WebApplicationBuilder>? configure = null)
    {
        var database = "orders_" + Guid.NewGuid().ToString("N")[..12];
        var app = Build(server, database, redis, configure);
        try
        {
            await OrdersApp.InitializeAsync(app);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OrdersHost(app, new Uri(address), server.ConnectionStringFor(database));
    }

    /// <summary>
    /// The app as Program.cs builds it, with the test servers, a free port, and the other services at
    /// a port nobody listens on (tests that need them configure their URLs); not started.
    /// </summary>
    public static WebApplication Build(PostgresServer? server, string database, string redis, Action<WebApplicationBuilder>? configure = null)
        => OrdersApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var nobody = $"http://127.0.0.1:{FreeTcpPort.Next()}/graphql";
            var settings = new Dictionary<string, string?>
            {
                ["ECOMMERCE_POSTGRES"] = server?.ConnectionString ?? "Host=127.0.0.1;Port=1;Username=postgres",
                ["ECOMMERCE_REDIS"] = redis,
                ["Orders:Database"] = database,
                ["ECOMMERCE_PRODUCTS_URL"] = nobody,
                ["ECOMMERCE_INVENTORY_URL"] = nobody,
                ["ECOMMERCE_PAYMENTS_URL"] = nobody,
                ["ECOMMERCE_USERS_URL"] = nobody,
                ["Orders:ServiceCalls:MaxAttempts"] = "2",
                ["Orders:ServiceCalls:RetryDelay"] = "00:00:00.050",
                ["Orders:Outbox:PollInterval"] = "00:00:00.200",
                ["Orders:Outbox:RetryDelay"] = "00:00:00.100",
                ["Orders:Outbox:MaxRetryDelay"] = "00:00:00.500",
                ["Orders:Subscriptions:OperationTimeout"] = "00:00:01",
                ["Orders:Notifications:Enabled"] = "false",
            };
            foreach (var (key, value) in settings)
            {
                builder.Configuration[key] = value;
            }

            configure?.Invoke(builder);
        });

    public string Token(Guid userId, string role = Roles.Customer) => Services.GetRequiredService<JwtTokenService>().CreateToken(userId.ToString(), [role]);

    public string AdminToken() => Token(Guid.NewGuid(), Roles.Admin);

    public string ServiceToken() => Services.GetRequiredService<JwtTokenService>().CreateServiceToken("gateway");

    /// <summary>Runs <paramref name="action"/> with the app's own services (to arrange orders directly).</summary>
    public async Task<T> WithLedgerAsync<T>(Func<OrderLedger, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OrderLedger>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
