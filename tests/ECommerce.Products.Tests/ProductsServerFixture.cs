using ECommerce.Testing;

namespace ECommerce.Products.Tests;

/// <summary>
/// One running Products app (with the seeded catalog) shared by the tests of the "products app"
/// collection, which run one after another, so <see cref="Sql"/> sees only the current test's statements.
/// </summary>
public sealed class ProductsServerFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private ProductsHost? _host;

    internal ProductsHost Host => _host ?? throw new InvalidOperationException("The fixture has not been initialized by xunit yet.");

    internal SqlCommandCounter Sql { get; } = new();

    public PostgresServer Server => _postgres.Server;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _host = await ProductsHost.StartAsync(_postgres.Server, counter: Sql);
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
