using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.AspNetCore.Tests;

/// <summary>
/// Kestrel on a free loopback port: /limited has a depth limit of 3, an <see cref="OperationNameCheck"/>,
/// no introspection and a small body limit; /slow has a timeout of <see cref="Timeout"/> (its <c>slow</c> field waits until
/// cancelled); /open has the same schema without limits.
/// </summary>
public sealed class RequestLimitServerFixture : IAsyncLifetime
{
    public const long MaxRequestSize = 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(300);

    private const string Sdl = "type Query { node: Node slow: String } type Node { child: Node name: String }";

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Set when the slow resolver saw its cancellation token fire.</summary>
    public TaskCompletionSource SlowCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        AddSchema(builder, "limited")
            .AddMaxExecutionDepthRule(3)
            .AddOperationCheck(new OperationNameCheck())
            .DisableIntrospection()
            .ModifyServerOptions(o => o.MaxRequestSize = MaxRequestSize);
        AddSchema(builder, "slow").SetExecutionTimeout(Timeout);
        AddSchema(builder, "open")
            .DisableIntrospection()
            .AllowIntrospection(true);

        _app = builder.Build();
        _app.MapGraphQL("/limited", "limited");
        _app.MapGraphQL("/open", "open");
        _app.MapGraphQL("/slow", "slow");
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
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

    private IRequestExecutorBuilder AddSchema(WebApplicationBuilder builder, string name)
        => builder.Services.AddGraphQLServer(name)
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "node", _ => new ValueTask<object?>(new Dictionary<string, object?>()))
            .AddResolver("Node", "child", _ => new ValueTask<object?>(new Dictionary<string, object?>()))
            .AddResolver("Node", "name", _ => new ValueTask<object?>("n"))
            .AddResolver("Query", "slow", WaitUntilCancelledAsync);

    private async ValueTask<object?> WaitUntilCancelledAsync(Gql.Types.Resolvers.IResolverContext context)
    {
        try
        {
            await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            SlowCancelled.TrySetResult();
            throw;
        }

        return "never";
    }
}
