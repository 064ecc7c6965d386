using StackExchange.Redis;

namespace Gql.Subscriptions.Redis;

/// <summary>The multiplexer <c>AddRedisSubscriptions(configuration)</c> opens; the service container disposes it.</summary>
internal sealed class RedisSubscriptionConnection(string configuration) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() => Connect(configuration));

    public IConnectionMultiplexer Connection => _connection.Value;

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }

    /// <summary>Connects without giving up when Redis is down at start-up, so the multiplexer keeps reconnecting.</summary>
    public static ConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
