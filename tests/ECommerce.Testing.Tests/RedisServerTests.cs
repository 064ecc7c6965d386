using ECommerce.Testing;
using StackExchange.Redis;

namespace ECommerce.Testing.Tests;

[Collection(ServersCollection.Name)]
public sealed class RedisServerTests(RedisFixture redis)
{
    private static readonly TimeSpan MessageTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_message_published_through_StackExchange_Redis_reaches_a_subscriber()
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var channel = $"orders:{Guid.NewGuid():N}";
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await connection.GetSubscriber().SubscribeAsync(channel, (_, message) => received.TrySetResult(message!));

        var receivers = await connection.GetSubscriber().PublishAsync(channel, "PAID");

        Assert.Equal(1, receivers);
        Assert.Equal("PAID", await received.Task.WaitAsync(MessageTimeout));
    }

    [Fact]
    public async Task Values_written_are_read_back()
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var key = $"cart:{Guid.NewGuid():N}";

        await connection.GetDatabase().StringSetAsync(key, "3 items");

        Assert.Equal("3 items", (string?)await connection.GetDatabase().StringGetAsync(key));
    }
}
