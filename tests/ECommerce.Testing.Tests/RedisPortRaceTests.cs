using ECommerce.Testing;
using StackExchange.Redis;

namespace ECommerce.Testing.Tests;

/// <summary>The free port a Redis fixture chose is taken by another Redis before it binds: it must notice and move on.</summary>
public sealed class RedisPortRaceTests
{
    [Fact]
    public async Task A_port_another_redis_took_is_not_mistaken_for_the_new_server_the_next_port_is_tried()
    {
        await using var other = await RedisServer.StartAsync();
        var offered = new Queue<int>([other.Port]);

        await using var server = await RedisServer.StartAsync(() => offered.Count > 0 ? offered.Dequeue() : FreeTcpPort.Next());
        using var toServer = await ConnectionMultiplexer.ConnectAsync($"{server.Configuration},abortConnect=false");
        using var toOther = await ConnectionMultiplexer.ConnectAsync($"{other.Configuration},abortConnect=false");
        await toServer.GetDatabase().StringSetAsync("owner", "server");

        Assert.NotEqual(other.Port, server.Port);
        Assert.True(server.IsRunning);
        Assert.False((await toOther.GetDatabase().StringGetAsync("owner")).HasValue);
    }
}
