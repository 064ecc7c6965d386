using ECommerce.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ECommerce.Orders.Tests;

/// <summary>Another service of the shop (its real app, <c>XApp.Build</c> + <c>XApp.InitializeAsync</c>) on Kestrel at a free loopback port, on its own database.</summary>
internal sealed class ServiceApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceApp(WebApplication app, Uri address)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = address };
        GraphQL = new SubgraphClient(Http);
        Endpoint = new Uri(address, "/graphql");
    }

    /// <summary>The app's GraphQL endpoint, as Orders is configured with it.</summary>
    public Uri Endpoint { get; }

    public HttpClient Http { get; }

    public SubgraphClient GraphQL { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="name">The app's configuration section for its database name ("Users" reads <c>Users:Database</c>).</param>
    public static async Task<ServiceApp> StartAsync(
        string name,
        Func<string[], Action<WebApplicationBuilder>?, WebApplication> build,
        Func<WebApplication, CancellationToken, Task> initialize,
        PostgresServer server,
        Action<WebApplicationBuilder>? configure = null)
    {
        var app = build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["ECOMMERCE_POSTGRES"] = server.ConnectionString;
            builder.Configuration[$"{name}:Database"] = name.ToLowerInvariant() + "_" + Guid.NewGuid().ToString("N")[..12];
            configure?.Invoke(builder);
        });
        try
        {
            await initialize(app, CancellationToken.None);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new ServiceApp(app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
