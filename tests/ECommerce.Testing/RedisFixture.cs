using Xunit;

namespace ECommerce.Testing;

/// <summary>xunit fixture giving tests the test assembly's shared <see cref="RedisServer"/>. Tests sharing it must not
/// stop or restart it: a test about restarts starts its own with <see cref="RedisServer.StartAsync"/>.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private static readonly SharedServer<RedisServer> Shared = new(() => RedisServer.StartAsync());
    private RedisServer? server;

    public RedisServer Server => server ?? throw new InvalidOperationException("The fixture has not been initialized by xunit yet.");

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
