using Xunit;

namespace ECommerce.Testing;

/// <summary>xunit fixture giving tests the test assembly's shared <see cref="PostgresServer"/>.
/// Use it as a collection fixture (<c>ICollectionFixture&lt;PostgresFixture&gt;</c>) or class fixture; each test
/// asks for its own fresh database with <see cref="CreateDatabaseAsync"/>, so tests stay isolated.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private static readonly SharedServer<PostgresServer> Shared = new(() => PostgresServer.StartAsync());
    private PostgresServer? server;

    public PostgresServer Server => server ?? throw new InvalidOperationException("The fixture has not been initialized by xunit yet.");

    public Task<string> CreateDatabaseAsync(string? namePrefix = null) => Server.CreateDatabaseAsync(namePrefix);

    public async Task InitializeAsync() => server = await Shared.AcquireAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            server = null;
            await Shared.ReleaseAsync().ConfigureAwait(false);
        }
    }
}
