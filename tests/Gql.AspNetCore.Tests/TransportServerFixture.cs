using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.AspNetCore.Tests;

/// <summary>
/// A real Kestrel server on a free loopback port for the streaming transports and the IDE: the
/// transport schema at /graphql (socket interceptor, HTTP interceptor, SSE single connection mode,
/// a send queue of 4 messages), the same schema at /quick (connection_init timeout 300 ms), at
/// /pings (keep-alive pings and comments every 100 ms) and at /plain (no IDE, SSE or sockets);
/// /noget has a query-only schema without GET requests.
/// No app.UseWebSockets(): MapGraphQL must work without it.
/// </summary>
public sealed class TransportServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public StreamTracker Tracker { get; } = new();

    public Counter Counter { get; } = new();

    public TestSocketInterceptor SocketInterceptor { get; } = new();

    public Uri WebSocketUri(string path = "/graphql") => new(new Uri(BaseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal)), path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Tracker);
        builder.Services.AddSingleton(Counter);
        builder.Services.AddScoped<RequestMarker>();
        builder.Services.AddSingleton(SocketInterceptor);
        builder.Services.AddGraphQLServer()
            .AddQueryType<TransportQuery>()
            .AddMutationType<TransportMutation>()
            .AddSubscriptionType<TransportSubscription>()
            .AddSocketSessionInterceptor<TestSocketInterceptor>()
            .AddHttpRequestInterceptor<TenantInterceptor>()
            .ModifyServerOptions(o =>
            {
                o.Sockets.SendQueueCapacity = 4;
                o.Sse.EnableSingleConnectionMode = true;
            });
        builder.Services.AddGraphQLServer("quick")
            .AddQueryType<TransportQuery>()
            .AddSubscriptionType<TransportSubscription>()
            .ModifyServerOptions(o => o.Sockets.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(300));
        builder.Services.AddGraphQLServer("pings")
            .AddQueryType<TransportQuery>()
            .AddSubscriptionType<TransportSubscription>()
            .ModifyServerOptions(o =>
            {
                o.Sockets.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
                o.Sse.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            });
        builder.Services.AddGraphQLServer("plain")
            .AddQueryType<TransportQuery>()
            .AddSubscriptionType<TransportSubscription>()
            .ModifyServerOptions(o =>
            {
                o.Tool.Enable = false;
                o.Sse.Enable = false;
                o.Sockets.Enable = false;
            });

        builder.Services.AddGraphQLServer("noget")
            .AddQueryType<TransportQuery>()
            .ModifyServerOptions(o => o.EnableGetRequests = false);

        _app = builder.Build();
        _app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Test-User", out var user))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], "test"));
            }

            return next(context);
        });
        _app.MapGraphQL();
        _app.MapGraphQL("/quick", "quick");
        _app.MapGraphQL("/pings", "pings");
        _app.MapGraphQL("/noget", "noget");
        _app.MapGraphQL("/plain/", "plain");
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
