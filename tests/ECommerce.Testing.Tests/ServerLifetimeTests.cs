using ECommerce.Testing;

namespace ECommerce.Testing.Tests;

/// <summary>Servers of their own: what disposing leaves behind (nothing).</summary>
public sealed class ServerLifetimeTests
{
    [Fact]
    public async Task Disposing_a_PostgreSQL_server_stops_it_and_deletes_its_folder()
    {
        var server = await PostgresServer.StartAsync();
        var port = server.Port;
        var folder = Path.GetDirectoryName(server.DataDirectory)!;
        Assert.True(FreeTcpPort.IsListening(port));

        await server.DisposeAsync();

        Assert.False(FreeTcpPort.IsListening(port));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Disposing_a_Redis_server_stops_it_and_deletes_its_folder()
    {
        var server = await RedisServer.StartAsync();
        var port = server.Port;
        var folder = server.DataDirectory;
        Assert.True(server.IsRunning);

        await server.DisposeAsync();

        Assert.False(server.IsRunning);
        Assert.False(FreeTcpPort.IsListening(port));
        Assert.False(Directory.Exists(folder));
    }
}
