using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ECommerce.ServiceDefaults.Warmup;

/// <summary>Registration of the start-up warm-up (<see cref="StartupWarmup"/>).</summary>
public static class WarmupExtensions
{
    /// <summary>
    /// Warms the service up before it reports ready: <paramref name="operations"/> are sent to its own
    /// <c>/graphql</c> (<see cref="GraphQLWarmupStep"/>), after any steps added with <see cref="AddWarmupStep{TStep}"/>
    /// before this call and before those added after it. Configuration section <c>Warmup</c> (<see cref="WarmupOptions"/>).
    /// </summary>
    public static WebApplicationBuilder AddWarmup(this WebApplicationBuilder builder, params WarmupOperation[] operations)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddWarmupCore(builder.Services, builder);
        foreach (var operation in operations)
        {
            builder.Services.AddSingleton(operation);
        }

        builder.Services.AddSingleton<IWarmupStep, GraphQLWarmupStep>();
        return builder;
    }

    /// <summary>Adds a step of its own (e.g. connecting to the services this one calls).</summary>
    public static WebApplicationBuilder AddWarmupStep<TStep>(this WebApplicationBuilder builder)
        where TStep : class, IWarmupStep
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddWarmupCore(builder.Services, builder);
        builder.Services.AddSingleton<IWarmupStep, TStep>();
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="DatabaseWriteWarmupStep{TContext}"/>: <paramref name="rehearse"/> adds and saves
    /// rows like the service's commands do, in a transaction that is rolled back afterwards.
    /// </summary>
    public static WebApplicationBuilder AddWarmupWrites<TContext>(this WebApplicationBuilder builder, Func<TContext, CancellationToken, Task> rehearse)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddWarmupCore(builder.Services, builder);
        builder.Services.AddSingleton<IWarmupStep>(sp => new DatabaseWriteWarmupStep<TContext>(sp.GetRequiredService<IServiceScopeFactory>(), rehearse));
        return builder;
    }

    /// <summary>Adds a step of its own, as an instance.</summary>
    public static WebApplicationBuilder AddWarmupStep(this WebApplicationBuilder builder, IWarmupStep step)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddWarmupCore(builder.Services, builder);
        builder.Services.AddSingleton(step);
        return builder;
    }

    private static void AddWarmupCore(IServiceCollection services, WebApplicationBuilder builder)
    {
        if (services.Any(d => d.ServiceType == typeof(WarmupState)))
        {
            return;
        }

        services.AddOptions<WarmupOptions>().Bind(builder.Configuration.GetSection(WarmupOptions.SectionName));
        services.TryAddSingleton<WarmupState>();
        services.AddHostedService<StartupWarmup>();
        services.AddHealthChecks().AddCheck<WarmupHealthCheck>("warmup", tags: [ServiceDefaultsExtensions.ReadyTag]);
    }
}
