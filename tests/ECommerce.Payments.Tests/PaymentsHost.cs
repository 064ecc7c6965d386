using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ECommerce.Payments.Tests;

/// <summary>The real Payments app (PaymentsApp.Build) on Kestrel at a free loopback port, on its own database of a test PostgreSQL server.</summary>
internal sealed class PaymentsHost : IAsyncDisposable
{
    public const string WebhookSecret = "whsec_payments_tests_0123456789abcdef";

    private readonly WebApplication _app;

    private PaymentsHost(WebApplication app, Uri address, string connectionString)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = address };
        GraphQL = new SubgraphClient(Http);
        ConnectionString = connectionString;
    }

    public HttpClient Http { get; }

    public SubgraphClient GraphQL { get; }

    /// <summary>The app's own database.</summary>
    public string ConnectionString { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>A SERVICE token, as Orders sends.</summary>
    public string ServiceToken => Token("service:orders", Roles.Service);

    public static async Task<PaymentsHost> StartAsync(PostgresServer server, Action<WebApplicationBuilder>? configure = null)
    {
        var database = "payments_" + Guid.NewGuid().ToString("N")[..12];
        var app = Build(server, database, configure);
        try
        {
            await PaymentsApp.InitializeAsync(app);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PaymentsHost(app, new Uri(address), server.ConnectionStringFor(database));
    }

    /// <summary>The app as Program.cs builds it, with the test server's connection, a free port and the tests' webhook secret; not started.</summary>
    public static WebApplication Build(PostgresServer? server, string database, Action<WebApplicationBuilder>? configure = null)
        => PaymentsApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["ECOMMERCE_POSTGRES"] = server?.ConnectionString ?? "Host=127.0.0.1;Port=1;Username=postgres";
            builder.Configuration["Payments:Database"] = database;
            builder.Configuration["Payments:Stripe:WebhookSecret"] = WebhookSecret;
            configure?.Invoke(builder);
        });

    public string Token(string subject, params string[] roles) => Services.GetRequiredService<JwtTokenService>().CreateToken(subject, roles);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
