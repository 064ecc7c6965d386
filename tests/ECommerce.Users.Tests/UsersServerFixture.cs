using ECommerce.Testing;

namespace ECommerce.Users.Tests;

/// <summary>One running Users app (with its seed accounts) shared by the tests of the "users app" collection.</summary>
public sealed class UsersServerFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private UsersHost? _host;

    internal UsersHost Host => _host ?? throw new InvalidOperationException("The fixture has not been initialized by xunit yet.");

    public PostgresServer Server => _postgres.Server;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _host = await UsersHost.StartAsync(_postgres.Server);
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
