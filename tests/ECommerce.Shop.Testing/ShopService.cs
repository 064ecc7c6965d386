using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ECommerce.Shop.Testing;

/// <summary>
/// One subgraph of the stack: its real app (<c>XApp.Build</c> + <c>XApp.InitializeAsync</c>: migrate
/// and seed) on Kestrel and its own database. The first start binds port 0 (the OS picks a free port
/// while binding, so no other process can take it in between) and keeps the port it got, so the app
/// can be stopped and started again at the same URL (outage tests) with its data kept.
/// </summary>
public sealed class ShopService : IAsyncDisposable
{
    private readonly Func<string[], Action<WebApplicationBuilder>?, WebApplication> _build;
    private readonly Func<WebApplication, CancellationToken, Task> _initialize;
    private readonly Action<WebApplicationBuilder> _configure;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WebApplication? _app;
    private int? _port;

    internal ShopService(
        string name,
        Func<string[], Action<WebApplicationBuilder>?, WebApplication> build,
        Func<WebApplication, CancellationToken, Task> initialize,
        Action<WebApplicationBuilder> configure)
    {
        Name = name;
        _build = build;
        _initialize = initialize;
        _configure = configure;
        Database = name + "_" + Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>The subgraph's name in fusion.json (<c>users</c>, <c>products</c>, ...).</summary>
    public string Name { get; }

    /// <summary>The port the first start bound; later starts bind it again.</summary>
    public int Port => _port ?? throw new InvalidOperationException($"{Name} has not been started yet, so it has no port.");

    /// <summary>True once the app has been started (and so has its port), even when it is stopped now.</summary>
    public bool HasPort => _port is not null;

    /// <summary>The app's GraphQL endpoint, as the gateway and Orders are configured with it.</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{Port}/graphql");

    /// <summary>The app's own database on the stack's PostgreSQL server.</summary>
    public string Database { get; }

    public bool IsRunning => _app is not null;

    /// <summary>The running app's services (its JwtTokenService, DbContext factory, ...).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException($"{Name} is not running.");

    /// <summary>Builds, initializes (migrations, seed) and starts the app; nothing when it runs already.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_app is not null)
            {
                return;
            }

            var app = _build([], builder =>
            {
                builder.Logging.ClearProviders();
                builder.WebHost.UseUrls($"http://127.0.0.1:{_port ?? 0}");
                builder.Configuration[$"{char.ToUpperInvariant(Name[0])}{Name[1..]}:Database"] = Database;
                _configure(builder);
            });
            try
            {
                await _initialize(app, cancellationToken);
                await app.StartAsync(cancellationToken);
                _port ??= new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }

            _app = app;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the app: its port refuses connections until <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_app is { } app)
            {
                _app = null;
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync();
        await StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _gate.Dispose();
    }
}
