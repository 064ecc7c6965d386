using Gql.AspNetCore;
using Gql.Subscriptions.Redis;
using Gql.Subscriptions.Tests.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.Subscriptions.Tests;

/// <summary>A Kestrel server on a free loopback port serving the order schema at /graphql, with Redis subscriptions.</summary>
public sealed class KestrelShop : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelShop(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<KestrelShop> StartAsync(string redisConfiguration, string topicPrefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddQueryType<OrderQuery>()
            .AddMutationType<OrderMutation>()
            .AddSubscriptionType<OrderSubscription>()
            .AddRedisSubscriptions(redisConfiguration, o => o.TopicPrefix = topicPrefix);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelShop(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
