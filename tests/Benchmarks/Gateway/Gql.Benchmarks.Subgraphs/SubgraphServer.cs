using Gql.AspNetCore;
using Gql.Federation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Gql.Benchmarks.Subgraphs;

/// <summary>
/// A Kestrel server for one benchmark subgraph: Apollo Federation 2 (<c>_service</c>, <c>_entities</c>)
/// at <c>/graphql</c>, <c>GET /health</c>, and <c>POST /delay?ms=N</c> (sets the shared response delay).
/// </summary>
public static class SubgraphServer
{
    private const int MaxDelayMs = 60_000;

    public static WebApplication Build(BenchmarkSubgraph subgraph, int port, ResponseDelay delay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        subgraph.AddQueryType(builder.Services.AddGraphQLServer()).AddApolloFederation();

        var app = builder.Build();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(GraphQLServerDefaults.Path, StringComparison.Ordinal),
            branch => branch.Use(async (context, next) =>
            {
                // The benchmark's "subgraph latency" mode: every GraphQL response is late by the same time.
                if (delay.Value is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait, context.RequestAborted);
                }

                await next(context);
            }));

        app.MapGraphQL();
        app.MapGet("/health", () => "ok");
        app.MapPost("/delay", (int ms) =>
        {
            if (ms is < 0 or > MaxDelayMs)
            {
                return Results.BadRequest($"ms must be from 0 to {MaxDelayMs}");
            }

            delay.Value = TimeSpan.FromMilliseconds(ms);
            return Results.Text($"delay {ms} ms");
        });
        return app;
    }

    /// <summary>The GraphQL endpoint of a started server.</summary>
    public static string GraphQLUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address + GraphQLServerDefaults.Path;
    }

    /// <summary>The Composite Schemas source SDL of a subgraph (what our gateway composes).</summary>
    public static async Task<string> PrintSourceSchemaAsync(BenchmarkSubgraph subgraph)
    {
        await using var app = Build(subgraph, port: 0, new ResponseDelay(TimeSpan.Zero));
        return FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);
    }
}
