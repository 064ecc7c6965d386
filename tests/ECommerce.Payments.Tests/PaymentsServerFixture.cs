using ECommerce.Testing;

namespace ECommerce.Payments.Tests;

/// <summary>One running Payments app (test provider, the tests' webhook secret) shared by the tests of the "payments app" collection.</summary>
public sealed class PaymentsServerFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private PaymentsHost? _host;

    internal PaymentsHost Host => _host ?? throw new InvalidOperationException("The fixture has not been initialized by xunit yet.");

    public PostgresServer Server => _postgres.Server;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _host = await PaymentsHost.StartAsync(_postgres.Server);
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
