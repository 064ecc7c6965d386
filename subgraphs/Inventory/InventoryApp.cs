using ECommerce.Inventory.Infrastructure;
using ECommerce.Inventory.Types;
using ECommerce.ServiceDefaults;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Database;
using ECommerce.ServiceDefaults.Warmup;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.DataLoader;
using Gql.Federation;
using Npgsql;

namespace ECommerce.Inventory;

/// <summary>
/// The Inventory subgraph host, built the same way by Program.cs and by the tests: service defaults
/// (JWT, health), the "inventory" database, the GraphQL schema at /graphql.
/// </summary>
public static class InventoryApp
{
    public const string DatabaseName = "inventory";
    public const int DefaultPort = 5103;

    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs first, so it can change configuration
    /// (<c>ECOMMERCE_POSTGRES</c>, <c>urls</c>, <c>Inventory:Database</c>, ...) and services.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{DefaultPort}");
        }

        var database = builder.Configuration["Inventory:Database"] ?? DatabaseName;
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<InventoryContext>(database);
        var connectionString = ServiceDatabase.ConnectionString(builder.Configuration, database);
        // The reservation and stock statements run on plain Npgsql (explicit transactions and row locks).
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton<ReservationStore>();
        builder.Services.AddSingleton<StockStore>();
        builder.Services.AddDataLoader<InventoryLevelByProductIdDataLoader>();
        builder.Services.AddGraphQLServer().AddInventorySchema();

        builder.AddWarmup(InventoryWarmup.Operations());

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        return app;
    }

    /// <summary>Creates or migrates the database and adds the seeded catalog's stock (before the app listens).</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Configuration errors first, before waiting for the database.
        _ = app.Services.GetRequiredService<JwtTokenService>();
        await app.Services.MigrateDatabaseAsync<InventoryContext>(InventorySeed.RunAsync, cancellationToken: cancellationToken);
    }

    /// <summary>The schema: query, mutation, the error types of the payloads; [Authorize] and the federation entry points (Product is an entity keyed by id).</summary>
    public static IRequestExecutorBuilder AddInventorySchema(this IRequestExecutorBuilder builder)
        => builder
            .AddAuthorization()
            .AddApolloFederation()
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddType<IError>()
            .AddType<InvalidInputError>()
            .AddType<InsufficientStockError>()
            .AddType<ReservationNotFoundError>()
            .AddType<ReservationStatusConflictError>()
            .AddType<StockBelowReservedError>()
            .AddType<NegativeStockError>();
}
