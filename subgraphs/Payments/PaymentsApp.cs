using ECommerce.Payments.Infrastructure;
using ECommerce.Payments.Providers;
using ECommerce.Payments.Providers.Stripe;
using ECommerce.Payments.Types;
using ECommerce.Payments.Webhooks;
using ECommerce.ServiceDefaults;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Database;
using ECommerce.ServiceDefaults.Warmup;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.DataLoader;
using Gql.Federation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ECommerce.Payments;

/// <summary>
/// The Payments subgraph host, built the same way by Program.cs and by the tests: service defaults (JWT, health), the
/// "payments" database, the payment provider (Stripe with <c>Payments:Stripe:ApiKey</c>, else the built-in test
/// provider), the GraphQL schema at /graphql and Stripe's webhook at /webhooks/stripe.
/// </summary>
public static class PaymentsApp
{
    public const string DatabaseName = "payments";
    public const int DefaultPort = 5105;

    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs first, so it can change configuration
    /// (<c>ECOMMERCE_POSTGRES</c>, <c>urls</c>, <c>Payments:Database</c>, <c>Payments:Stripe:*</c>, ...) and services.
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
        builder.AddServiceDatabase<PaymentsContext>(builder.Configuration["Payments:Database"] ?? DatabaseName);
        AddPaymentsServices(builder);
        builder.Services.AddGraphQLServer().AddPaymentsSchema();

        builder.AddWarmup(PaymentsWarmup.Operations());
        builder.AddWarmupWrites<PaymentsContext>(PaymentsWriteRehearsal.RunAsync);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        app.MapStripeWebhook();
        return app;
    }

    /// <summary>Checks the configuration, then creates or migrates the database (before the app listens). There is no seed data.</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Configuration errors first, before waiting for the database.
        _ = app.Services.GetRequiredService<JwtTokenService>();
        var stripe = app.Services.GetRequiredService<IOptions<StripeOptions>>().Value;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            app.Logger.LogInformation("Payment provider: {Provider}", scope.ServiceProvider.GetRequiredService<IPaymentProvider>().Name);
        }

        if (!stripe.IsConfigured && !app.Environment.IsDevelopment())
        {
            app.Logger.LogWarning("Payments:Stripe:ApiKey is not set: payments go to the built-in test provider and take no money.");
        }

        await app.Services.MigrateDatabaseAsync<PaymentsContext>(cancellationToken: cancellationToken);
    }

    /// <summary>The schema: query (the Order lookup), the SERVICE-only mutations and their error types; [Authorize] and the federation entry points.</summary>
    public static IRequestExecutorBuilder AddPaymentsSchema(this IRequestExecutorBuilder builder)
        => builder
            .AddAuthorization()
            .AddApolloFederation()
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddType<IError>()
            .AddType<InvalidInputError>()
            .AddType<PaymentDeclinedError>()
            .AddType<PaymentProviderError>()
            .AddType<PaymentNotFoundError>()
            .AddType<RefundExceedsPaymentError>();

    private static void AddPaymentsServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StripeOptions>()
            .Bind(builder.Configuration.GetSection(StripeOptions.SectionName))
            .Validate(o => o.BaseUrl.IsAbsoluteUri && o.BaseUrl.Scheme is "https" or "http", "Payments:Stripe:BaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Payments:Stripe:Timeout must be positive.")
            .Validate(o => o.WebhookTolerance > TimeSpan.Zero, "Payments:Stripe:WebhookTolerance must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<StripeClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<TestPaymentProvider>();
        services.AddScoped<IPaymentProvider>(sp => sp.GetRequiredService<IOptions<StripeOptions>>().Value.IsConfigured
            ? new StripePaymentProvider(sp.GetRequiredService<StripeClient>(), sp.GetRequiredService<IOptions<StripeOptions>>())
            : sp.GetRequiredService<TestPaymentProvider>());
        services.AddSingleton<PaymentReader>();
        services.AddScoped<PaymentLedger>();
        services.AddScoped<StripeWebhookProcessor>();
        services.AddDataLoader<PaymentByOrderIdDataLoader>();
        services.AddDataLoader<PaymentByIdDataLoader>();
    }
}
