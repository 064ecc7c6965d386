using ECommerce.Testing;

namespace ECommerce.Orders.Tests;

/// <summary>One running Orders app (on the test PostgreSQL and Redis) shared by the tests of the "orders app" collection.</summary>
public sealed class OrdersServerFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private readonly RedisFixture _redis = new();
    private OrdersHost? _host;

    internal OrdersHost Host => _host ?? throw new InvalidOperationException("The fixture has not been initialized by xunit yet.");

    public PostgresServer Postgres => _postgres.Server;

    public RedisServer Redis => _redis.Server;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_postgres.InitializeAsync(), _redis.InitializeAsync());
        _host = await OrdersHost.StartAsync(_postgres.Server, _redis.Server.Configuration);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}
