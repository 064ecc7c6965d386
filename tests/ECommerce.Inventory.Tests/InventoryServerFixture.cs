using ECommerce.Inventory.Infrastructure;
using ECommerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Inventory.Tests;

/// <summary>
/// One running Inventory app (with the seeded catalog's stock) shared by the tests of the "inventory app"
/// collection. Those tests run one after another, so the SQL counter sees only the running test's commands.
/// </summary>
public sealed class InventoryServerFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private InventoryHost? _host;

    internal InventoryHost Host => _host ?? throw new InvalidOperationException("The fixture has not been initialized by xunit yet.");

    internal SqlCommandCounter Sql { get; } = new();

    public PostgresServer Server => _postgres.Server;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _host = await InventoryHost.StartAsync(_postgres.Server, configure: builder =>
            builder.Services.ConfigureDbContext<InventoryContext>(options => options.AddInterceptors(Sql)));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}
