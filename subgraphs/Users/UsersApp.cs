using System.Reflection;
using ECommerce.ServiceDefaults;
using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Database;
using ECommerce.ServiceDefaults.Warmup;
using ECommerce.Users.Infrastructure;
using ECommerce.Users.Types;
using Gql.AspNetCore;
using Gql.AspNetCore.Authorization;
using Gql.DataLoader;
using Gql.Federation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ECommerce.Users;

/// <summary>
/// The Users subgraph host, built the same way by Program.cs and by the tests: service defaults
/// (JWT, health), the "users" database, the GraphQL schema at /graphql.
/// </summary>
public static class UsersApp
{
    public const string DatabaseName = "users";
    public const int DefaultPort = 5101;

    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs first, so it can change configuration
    /// (<c>ECOMMERCE_POSTGRES</c>, <c>urls</c>, <c>Users:Database</c>, <c>Pii:*</c>, ...) and services.
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
        builder.AddServiceDatabase<UsersContext>(builder.Configuration["Users:Database"] ?? DatabaseName);
        AddUsersServices(builder);
        builder.Services.AddGraphQLServer().AddUsersSchema();

        builder.AddWarmup(UsersWarmup.Operations());

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGraphQL();
        return app;
    }

    /// <summary>Checks the PII keys, then creates or migrates the database and adds the seed accounts (before the app listens).</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Configuration errors first, before waiting for the database.
        _ = app.Services.GetRequiredService<JwtTokenService>();
        _ = app.Services.GetRequiredService<PiiProtector>();
        if (app.Services.GetRequiredService<IOptions<PiiOptions>>().Value.UsesDevelopmentKeys && !app.Environment.IsDevelopment())
        {
            app.Logger.LogWarning("Pii:Key or Pii:LookupKey is the public development key; set your own keys outside development.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var seed = scope.ServiceProvider.GetRequiredService<UsersSeed>();
        await app.Services.MigrateDatabaseAsync<UsersContext>(seed.RunAsync, cancellationToken: cancellationToken);
    }

    /// <summary>The schema: query, mutation, the error types of the mutation payloads; [Authorize] and the federation entry points (User is an entity keyed by id).</summary>
    public static IRequestExecutorBuilder AddUsersSchema(this IRequestExecutorBuilder builder)
        => builder
            .AddAuthorization()
            .AddApolloFederation()
            .AddShareableTypes("PageInfo")
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddType<IError>()
            .AddType<EmailTakenError>()
            .AddType<InvalidInputError>()
            .AddType<InvalidCredentialsError>()
            .AddType<TooManyAttemptsError>()
            .AddType<AddressNotFoundError>();

    /// <summary>A start-up failure as one line (the innermost useful message).</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var current = exception;
        while (current is AggregateException { InnerExceptions.Count: 1 } or TargetInvocationException { InnerException: not null })
        {
            current = current.InnerException!;
        }

        var message = current switch
        {
            OptionsValidationException validation => string.Join(" ", validation.Failures),
            NpgsqlException database => $"PostgreSQL ({ServiceDatabase.ServerVariable}) is not usable: {database.Message}",
            _ => current.Message,
        };
        return string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static void AddUsersServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PiiOptions>().Bind(builder.Configuration.GetSection(PiiOptions.SectionName));
        services.AddOptions<LogInThrottleOptions>().Bind(builder.Configuration.GetSection(LogInThrottleOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PiiProtector>();
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<LogInThrottle>();
        services.AddScoped<UserStore>();
        services.AddDataLoader<UserByIdDataLoader>();
        services.AddScoped<UsersSeed>();
    }
}
