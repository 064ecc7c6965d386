using Gql.AspNetCore;
using Gql.Federation;
using Gql.Fusion.Metadata;
using Gql.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.Fusion.Tests.Hosting;

/// <summary>
/// One sample subgraph on Kestrel (a free loopback port) that counts the GraphQL requests it gets
/// and remembers the last <c>Authorization</c> header; it can be told to hold requests (timeouts).
/// </summary>
public sealed class SubgraphHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;
    private bool _stopped;

    private SubgraphHost(string name, WebApplication app, ConcurrencyProbe? probe)
    {
        Name = name;
        _app = app;
        Probe = probe;
    }

    public string Name { get; }

    public Uri Url { get; private set; } = null!;

    /// <summary>The source schema, as <c>FederationSchemaPrinter.PrintSourceSchema</c> prints it.</summary>
    public string SourceSchema { get; private set; } = "";

    public int RequestCount => Volatile.Read(ref _requests);

    public string? LastAuthorization { get; private set; }

    /// <summary>Bodies of the requests received, in order.</summary>
    public List<string> Bodies { get; } = [];

    /// <summary>While true, requests wait until <see cref="ReleaseHeld"/>, the host is disposed, or the client gives up.</summary>
    public bool Hang { get; set; }

    public ConcurrencyProbe? Probe { get; }

    public SubgraphEndpoint Endpoint => new(Name, Url);

    public static async Task<SubgraphHost> StartAsync(string name, ConcurrencyProbe? probe = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        Subgraphs.SampleSubgraphs.AddServices(name, builder.Services);
        var server = builder.Services.AddGraphQLServer().ConfigureSchema(schema => Subgraphs.SampleSubgraphs.Configure(name, schema));
        if (name == "reviews")
        {
            server.AddInMemorySubscriptions();
        }
        var app = builder.Build();
        var host = new SubgraphHost(name, app, probe);
        app.Use(host.CountAsync);
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Url = new Uri(address + GraphQLServerDefaults.Path);
        host.SourceSchema = FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);
        return host;
    }

    /// <summary>Lets the held requests go on; later requests are not held any more.</summary>
    public void ReleaseHeld()
    {
        Hang = false;
        _release.TrySetResult();
    }

    /// <summary>Stops the server: its port refuses connections afterwards.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            _release.TrySetResult();
            await _app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }

    private async Task CountAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            Interlocked.Increment(ref _requests);
            LastAuthorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } value ? value : null;
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            context.Request.Body.Position = 0;
            lock (Bodies)
            {
                Bodies.Add(body);
            }

            if (Hang)
            {
                await _release.Task.WaitAsync(context.RequestAborted);
            }

            if (Probe is not null)
            {
                await Probe.EnterAsync(context.RequestAborted);
            }
        }

        await next(context);
    }
}
