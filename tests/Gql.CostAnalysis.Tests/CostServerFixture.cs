using Gql.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.CostAnalysis.Tests;

/// <summary>
/// Kestrel on a free loopback port: <see cref="CostSchema"/> with cost analysis (field cost limit 50,
/// type cost limit 100) at /graphql; <see cref="ResolverCalls"/> counts resolved root fields.
/// </summary>
public sealed class CostServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private int _resolverCalls;

    public HttpClient Client { get; private set; } = null!;

    public int ResolverCalls => Volatile.Read(ref _resolverCalls);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString(CostSchema.Sdl)
            .AddResolver("Query", "books", BooksAsync)
            .AddResolver("Query", "allBooks", BooksAsync)
            .AddResolver("Query", "authors", BooksAsync)
            .AddResolver("Book", "author", _ => new ValueTask<object?>(new Dictionary<string, object?> { ["name"] = "Ada" }))
            .AddCostAnalysis(o => o.MaxFieldCost = 10)
            .ModifyCostOptions(o =>
            {
                o.MaxFieldCost = 50;
                o.MaxTypeCost = 100;
            });

        _app = builder.Build();
        _app.MapGraphQL();
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

    private ValueTask<object?> BooksAsync(Gql.Types.Resolvers.IResolverContext context)
    {
        Interlocked.Increment(ref _resolverCalls);
        IReadOnlyList<object?> books = [new Dictionary<string, object?> { ["title"] = "GraphQL", ["name"] = "Ada" }];
        return new ValueTask<object?>(books);
    }
}
