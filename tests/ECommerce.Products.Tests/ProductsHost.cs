using ECommerce.Products.Infrastructure;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ECommerce.Products.Tests;

/// <summary>The real Products app (ProductsApp.Build) on Kestrel at a free loopback port, on its own database of a test PostgreSQL server.</summary>
internal sealed class ProductsHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProductsHost(WebApplication app, Uri address, string connectionString)
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

    /// <param name="counter">When given, records every SQL command the app's contexts run.</param>
    public static async Task<ProductsHost> StartAsync(PostgresServer server, string? database = null, SqlCommandCounter? counter = null)
    {
        database ??= "products_" + Guid.NewGuid().ToString("N")[..12];
        var app = Build(server, database, builder =>
        {
            if (counter is not null)
            {
                builder.Services.ConfigureDbContext<ProductsContext>(options => options.AddInterceptors(counter));
            }
        });
        try
        {
            await ProductsApp.InitializeAsync(app);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ProductsHost(app, new Uri(address), server.ConnectionStringFor(database));
    }

    /// <summary>The app as Program.cs builds it, with the test server's connection and a free port; not started.</summary>
    public static WebApplication Build(PostgresServer? server, string database, Action<WebApplicationBuilder>? configure = null)
        => ProductsApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["ECOMMERCE_POSTGRES"] = server?.ConnectionString ?? "Host=127.0.0.1;Port=1;Username=postgres";
            builder.Configuration["Products:Database"] = database;
            configure?.Invoke(builder);
        });

    public string AdminToken() => Token("admin", Roles.Admin);

    public string CustomerToken() => Token(Guid.NewGuid().ToString(), Roles.Customer);

    public string Token(string subject, params string[] roles) => Services.GetRequiredService<JwtTokenService>().CreateToken(subject, roles);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
