using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.AspNetCore.Tests;

/// <summary>
/// A real Kestrel server on a free loopback port: the default schema at /graphql (body limit
/// <see cref="MaxRequestSize"/>) and a second schema "strict" at /strict without GET or batching.
/// </summary>
public sealed class GraphQLServerFixture : IAsyncLifetime
{
    public const long MaxRequestSize = 16 * 1024;

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Counter Counter { get; } = new();

    public string Sdl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Counter);
        builder.Services.AddScoped<RequestMarker>();
        builder.Services.AddGraphQLServer()
            .AddQueryType<TestQuery>()
            .AddMutationType<TestMutation>()
            .AddSubscriptionType<TestSubscription>()
            .AddHttpRequestInterceptor<TenantInterceptor>()
            .ModifyRequestOptions(o => o.IncludeExceptionDetails = false)
            .ModifyServerOptions(o => o.MaxRequestSize = MaxRequestSize);
        builder.Services.AddGraphQLServer("strict")
            .AddDocumentFromString("type Query { ping: String }")
            .AddResolver("Query", "ping", _ => new ValueTask<object?>("pong"))
            .ModifyServerOptions(o =>
            {
                o.EnableBatching = false;
                o.EnableGetRequests = false;
                o.EnableSchemaRequests = false;
            });

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
        _app.MapGraphQL("/strict", "strict");
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        Sdl = Gql.Types.SchemaPrinter.Print(_app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);
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
