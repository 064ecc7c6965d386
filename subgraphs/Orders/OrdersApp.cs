using ECommerce.Orders.Infrastructure;
using ECommerce.Orders.Infrastructure.Checkout;
using ECommerce.Orders.Infrastructure.Notifications;
using ECommerce.Orders.Infrastructure.Outbox;
using ECommerce.Orders.Infrastructure.Services;
using ECommerce.Orders.Types;
using ECommerce.ServiceDefaults;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Database;
using ECommerce.ServiceDefaults.Warmup;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.DataLoader;
using Gql.Federation;
using Gql.Subscriptions.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace ECommerce.Orders;

/// <summary>
/// The Orders subgraph host, built the same way by Program.cs and by the tests: service defaults
/// (JWT, health), the "orders" database, Redis (order events, subscriptions), the outbox publisher,
/// the order emails, the clients of Products, Inventory, Payments and Users, and the GraphQL schema at /graphql.
/// </summary>
public static class OrdersApp
{
    public const string DatabaseName = "orders";
    public const int DefaultPort = 5104;
    public const string RedisVariable = "ECOMMERCE_REDIS";
    public const string DefaultRedis = "127.0.0.1:56379";

    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs first, so it can change configuration
    /// (<c>ECOMMERCE_POSTGRES</c>, <c>ECOMMERCE_REDIS</c>, <c>ECOMMERCE_PRODUCTS_URL</c>, <c>urls</c>, <c>Orders:*</c>, ...) and services.
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
        builder.AddServiceDatabase<OrdersContext>(builder.Configuration["Orders:Database"] ?? DatabaseName);
        AddOrdersServices(builder);
        builder.Services.AddGraphQLServer()
            .AddOrdersSchema()
            .AddJwtSocketAuthentication()
            .AddRedisSubscriptions(sp => sp.GetRequiredService<IConnectionMultiplexer>());

        builder.AddWarmup(OrdersWarmup.Operations());
        builder.AddWarmupWrites<OrdersContext>(OrdersWriteRehearsal.RunAsync);
        builder.AddWarmupStep<ServiceConnectionsWarmup>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        return app;
    }

    /// <summary>Checks the configuration, then creates or migrates the database (before the app listens).</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<JwtTokenService>();
        _ = app.Services.GetRequiredService<ServiceEndpoints>();
        await app.Services.MigrateDatabaseAsync<OrdersContext>(cancellationToken: cancellationToken);
    }

    /// <summary>The schema: query, mutation, subscription, the entity extensions and the error types of the payloads.</summary>
    public static IRequestExecutorBuilder AddOrdersSchema(this IRequestExecutorBuilder builder)
        => builder
            .AddAuthorization()
            .AddApolloFederation()
            .AddShareableTypes("PageInfo")
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddSubscriptionType<Subscription>()
            .AddTypeExtension<OrderExtensions>()
            .AddTypeExtension<OrderItemExtensions>()
            .AddTypeExtension<CartItemExtensions>()
            .AddTypeExtension<UserOrders>()
            .AddTypeExtension<OrderStatusChangedEventExtensions>()
            .AddType<IError>()
            .AddType<InvalidInputError>()
            .AddType<CartItemNotFoundError>()
            .AddType<EmptyCartError>()
            .AddType<ProductUnavailableError>()
            .AddType<InsufficientStockError>()
            .AddType<PaymentDeclinedError>()
            .AddType<PaymentFailedError>()
            .AddType<ServiceUnavailableError>()
            .AddType<OrderNotFoundError>()
            .AddType<InvalidStatusTransitionError>();

    private static void AddOrdersServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.SectionName));
        services.AddOptions<ReconciliationOptions>().Bind(configuration.GetSection(ReconciliationOptions.SectionName));
        services.AddOptions<ServiceCallOptions>().Bind(configuration.GetSection(ServiceCallOptions.SectionName));
        services.AddOptions<RedisSubscriptionOptions>().Bind(configuration.GetSection("Orders:Subscriptions"));

        var redis = configuration[RedisVariable] ?? configuration.GetConnectionString("Redis") ?? DefaultRedis;
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });

        services.AddSingleton(_ => ServiceEndpoints.From(configuration));
        services.AddHttpClient(ServiceGraphQLClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<ServiceGraphQLClient>();
        services.AddSingleton<ProductsClient>();
        services.AddSingleton<InventoryClient>();
        services.AddSingleton<PaymentsClient>();
        services.AddSingleton<UsersClient>();
        services.TryAddSingleton<IEmailSender, FileEmailSender>();

        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OrderLedger>();
        services.AddScoped<CartStore>();
        services.AddScoped<SalesReport>();
        services.AddScoped<RequestContexts>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<OrderAdministration>();
        services.AddDataLoader<OrderByIdDataLoader>();
        services.AddDataLoader<OrderItemsByOrderIdDataLoader>();
        services.AddDataLoader<StatusHistoryByOrderIdDataLoader>();
        services.AddHostedService<OutboxPublisher>();
        services.AddHostedService<NotificationWorker>();
        services.AddHostedService<PendingOrderReconciler>();
    }
}
