using Gql.AspNetCore;
using Gql.Execution;
using Gql.Subscriptions.Redis;
using Gql.Subscriptions.Tests.Schema;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Gql.Subscriptions.Tests;

/// <summary>One "server": its own service provider, multiplexer and executor, on a shared Redis.</summary>
public sealed class RedisInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public RedisInstance(string configuration, string? topicPrefix = null, TimeSpan? operationTimeout = null)
        : this(builder => builder.AddRedisSubscriptions(configuration, Configure(topicPrefix, operationTimeout)))
    {
    }

    /// <summary>An instance on a multiplexer the test owns (and disposes).</summary>
    public RedisInstance(IConnectionMultiplexer connection, string? topicPrefix = null, TimeSpan? operationTimeout = null)
        : this(builder => builder.AddRedisSubscriptions(_ => connection, Configure(topicPrefix, operationTimeout)))
    {
    }

    private RedisInstance(Action<IRequestExecutorBuilder> addRedis)
    {
        var services = new ServiceCollection();
        addRedis(services.AddGraphQLServer()
            .AddQueryType<OrderQuery>()
            .AddMutationType<OrderMutation>()
            .AddSubscriptionType<OrderSubscription>());
        _services = services.BuildServiceProvider();
        Executor = _services.GetRequiredService<RequestExecutorProvider>().GetExecutor();
    }

    public RequestExecutor Executor { get; }

    public RedisPubSub PubSub => _services.GetRequiredService<RedisPubSub>();

    public ITopicEventSender Sender => _services.GetRequiredService<ITopicEventSender>();

    public ITopicEventReceiver Receiver => _services.GetRequiredService<ITopicEventReceiver>();

    public async Task<ResponseStream> SubscribeAsync(string query)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest(query));
        return result as ResponseStream ?? throw new InvalidOperationException("Expected a response stream, got " + ((ExecutionResult)result).ToJson());
    }

    public async Task<string> ExecuteAsync(string query)
        => ((ExecutionResult)await Executor.ExecuteAsync(new GraphQLRequest(query))).ToJson();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static Action<RedisSubscriptionOptions> Configure(string? topicPrefix, TimeSpan? operationTimeout) => options =>
    {
        options.TopicPrefix = topicPrefix;
        options.OperationTimeout = operationTimeout ?? TimeSpan.FromSeconds(10);
    };
}
