using ECommerce.Products.Infrastructure;
using ECommerce.Products.Types;
using ECommerce.ServiceDefaults;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Database;
using ECommerce.ServiceDefaults.Warmup;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.DataLoader;
using Gql.Federation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ECommerce.Products;

/// <summary>
/// The Products subgraph host, built the same way by Program.cs and by the tests: service defaults
/// (JWT, health), the "products" database, the GraphQL schema at /graphql.
/// </summary>
public static class ProductsApp
{
    public const string DatabaseName = "products";
    public const int DefaultPort = 5102;

    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs first, so it can change configuration
    /// (<c>ECOMMERCE_POSTGRES</c>, <c>urls</c>, <c>Products:Database</c>, ...) and services.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{DefaultPort}");
        }

        builder.AddServiceDefaults();
        builder.AddServiceDatabase<ProductsContext>(builder.Configuration["Products:Database"] ?? DatabaseName);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RequestDbContexts>();
        services.AddScoped<ProductCatalog>();
        services.AddScoped<CatalogSeed>();
        services.AddDataLoader<ProductByIdDataLoader>();
        services.AddDataLoader<CategoryByIdDataLoader>();
        services.AddGraphQLServer().AddProductsSchema();

        builder.AddWarmup(ProductsWarmup.Operations());

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        return app;
    }

    /// <summary>Checks the JWT settings, then creates or migrates the database and seeds the catalog (before the app listens).</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Configuration errors first, before waiting for the database.
        _ = app.Services.GetRequiredService<JwtTokenService>();
        await using var scope = app.Services.CreateAsyncScope();
        var seed = scope.ServiceProvider.GetRequiredService<CatalogSeed>();
        await app.Services.MigrateDatabaseAsync<ProductsContext>(seed.RunAsync, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The schema: query, admin mutations, the error types of their payloads; [Authorize], Apollo
    /// federation (Product and Category are entities keyed by id) and Relay nodes.
    /// </summary>
    public static IRequestExecutorBuilder AddProductsSchema(this IRequestExecutorBuilder builder)
        => builder
            .AddAuthorization()
            .AddApolloFederation()
            .AddShareableTypes("PageInfo")
            .AddGlobalObjectIdentification()
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddType<IError>()
            .AddType<InvalidInputError>()
            .AddType<ProductNotFoundError>()
            .AddType<DuplicateSkuError>();
}
