using ECommerce.Testing;
using StackExchange.Redis;

namespace ECommerce.Testing.Tests;

/// <summary>A Redis server of its own, restarted while a StackExchange.Redis client is connected.</summary>
public sealed class RedisRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan ReconnectTimeout = TimeSpan.FromSeconds(30);
    private RedisServer server = null!;

    public async Task InitializeAsync() => server = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_restart_keeps_the_port_and_the_data_and_the_client_reconnects()
    {
        var portBefore = server.Port;
        using var connection = await ConnectionMultiplexer.ConnectAsync($"{server.Configuration},abortConnect=false");
        await connection.GetDatabase().StringSetAsync("order:1:status", "PAID");

        await server.RestartAsync();

        Assert.Equal(portBefore, server.Port);
        Assert.True(FreeTcpPort.IsListening(portBefore));
        string? status = null;
        await Poll.UntilAsync(
            async () => (status = await TryGetAsync(connection, "order:1:status")) is not null,
            ReconnectTimeout,
            "the client to reconnect after the restart");
        Assert.Equal("PAID", status);
    }

    [Fact]
    public async Task A_subscription_receives_messages_again_after_a_restart()
    {
        using var subscriberConnection = await ConnectionMultiplexer.ConnectAsync($"{server.Configuration},abortConnect=false");
        using var publisherConnection = await ConnectionMultiplexer.ConnectAsync($"{server.Configuration},abortConnect=false");
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await subscriberConnection.GetSubscriber().SubscribeAsync("order-status", (_, message) => received.TrySetResult(message!));

        await server.RestartAsync();

        // After the restart the subscriber has to reconnect and subscribe again before a publish reaches it.
        await Poll.UntilAsync(
            async () => await TryPublishAsync(publisherConnection, "order-status", "SHIPPED") > 0,
            ReconnectTimeout,
            "the subscriber to subscribe again after the restart");
        Assert.Equal("SHIPPED", await received.Task.WaitAsync(ReconnectTimeout));
    }

    [Fact]
    public async Task A_stopped_server_refuses_connections_until_it_is_restarted()
    {
        var port = server.Port;

        await server.StopAsync();
        var listeningWhileStopped = FreeTcpPort.IsListening(port);
        await server.RestartAsync();

        Assert.False(listeningWhileStopped);
        Assert.True(server.IsRunning);
        Assert.True(FreeTcpPort.IsListening(port));
    }

    private static async Task<string?> TryGetAsync(ConnectionMultiplexer connection, string key)
    {
        try
        {
            return await connection.GetDatabase().StringGetAsync(key);
        }
        catch (RedisException)
        {
            return null;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static async Task<long> TryPublishAsync(ConnectionMultiplexer connection, string channel, string message)
    {
        try
        {
            return await connection.GetSubscriber().PublishAsync(channel, message);
        }
        catch (RedisException)
        {
            return 0;
        }
        catch (TimeoutException)
        {
            return 0;
        }
    }
}
