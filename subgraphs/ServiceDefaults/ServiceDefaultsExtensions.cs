using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Database;
using ECommerce.ServiceDefaults.Health;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ECommerce.ServiceDefaults;

/// <summary>What every subgraph host shares: JWT bearer authentication, authorization, health endpoints, its database.</summary>
public static class ServiceDefaultsExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Bearer JWT authentication (HS256, configuration section <c>Jwt</c>), authorization and
    /// health checks. The signing key must be at least 32 bytes; the start-up fails otherwise.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<JwtOptions>()
            .Bind(builder.Configuration.GetSection(JwtOptions.SectionName))
            .Validate(o => System.Text.Encoding.UTF8.GetByteCount(o.SigningKey ?? string.Empty) >= 32, "Jwt:SigningKey must be at least 32 bytes long.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new JwtTokenService(sp.GetRequiredService<IOptions<JwtOptions>>()));
        builder.Services.AddAuthentication(JwtBearerHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, JwtBearerHandler>(JwtBearerHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the service's own database
    /// (<see cref="ServiceDatabase.ConnectionString"/>) and a readiness check on it.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext>(this WebApplicationBuilder builder, string databaseName)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = ServiceDatabase.ConnectionString(builder.Configuration, databaseName);
        // Migrations are written by hand (the EF Core design-time package cannot be restored here), so
        // there is no model snapshot to compare against; tests compare the migrated schema with the model.
        builder.Services.AddDbContext<TContext>(options => options
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>("database", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>Authentication and authorization middleware, <c>/health/live</c> (the process runs) and <c>/health/ready</c> (its dependencies answer).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponseWriter.WriteAsync });
        return app;
    }
}
