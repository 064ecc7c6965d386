using Gql.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gql.Subscriptions.Redis;

/// <summary><c>AddRedisSubscriptions</c>: topics shared by every server connected to one Redis.</summary>
public static class RedisSubscriptionRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="RedisPubSub"/> on the multiplexer <paramref name="connection"/> returns (owned by the
    /// caller; create it with <c>AbortOnConnectFail = false</c> so it reconnects) as the
    /// <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>.
    /// </summary>
    public static IRequestExecutorBuilder AddRedisSubscriptions(
        this IRequestExecutorBuilder builder,
        Func<IServiceProvider, IConnectionMultiplexer> connection,
        Action<RedisSubscriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        builder.Services.AddOptions();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        builder.Services.TryAddSingleton(sp => new RedisPubSub(connection(sp), sp.GetRequiredService<IOptions<RedisSubscriptionOptions>>().Value));
        return builder.AddPubSub<RedisPubSub>();
    }

    /// <summary>
    /// Registers <see cref="RedisPubSub"/> on a multiplexer opened from a StackExchange.Redis configuration string
    /// (<c>"host:port,password=..."</c>) on first use, with <c>AbortOnConnectFail = false</c>; the service
    /// container disposes it.
    /// </summary>
    public static IRequestExecutorBuilder AddRedisSubscriptions(
        this IRequestExecutorBuilder builder,
        string configuration,
        Action<RedisSubscriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(configuration);
        builder.Services.TryAddSingleton(_ => new RedisSubscriptionConnection(configuration));
        return builder.AddRedisSubscriptions(sp => sp.GetRequiredService<RedisSubscriptionConnection>().Connection, configure);
    }
}
