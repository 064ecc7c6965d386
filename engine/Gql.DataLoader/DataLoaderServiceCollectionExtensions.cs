using Gql.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gql.DataLoader;

/// <summary>Registers DataLoaders as scoped (per request) services.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TLoader"/> as a scoped service, also under every
    /// <see cref="IDataLoader{TKey, TValue}"/> it implements, and the request's <see cref="DataLoaderScope"/>.
    /// </summary>
    public static IServiceCollection AddDataLoader<TLoader>(this IServiceCollection services)
        where TLoader : class, IDataLoader
    {
        services.AddDataLoaderScope();
        services.TryAddScoped<TLoader>();
        foreach (var contract in typeof(TLoader).GetInterfaces())
        {
            if (contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IDataLoader<,>))
            {
                services.TryAddScoped(contract, static provider => provider.GetRequiredService<TLoader>());
            }
        }

        return services;
    }

    /// <summary>Registers <typeparamref name="TLoader"/> as the scoped implementation of <typeparamref name="TService"/>.</summary>
    public static IServiceCollection AddDataLoader<TService, TLoader>(this IServiceCollection services)
        where TService : class, IDataLoader
        where TLoader : class, TService
    {
        services.AddDataLoader<TLoader>();
        services.TryAddScoped<TService>(static provider => provider.GetRequiredService<TLoader>());
        return services;
    }

    /// <summary>
    /// Registers the per-request <see cref="DataLoaderScope"/>, also as the request's
    /// <see cref="IBatchDispatcher"/> (unless one is registered already), and default options.
    /// </summary>
    public static IServiceCollection AddDataLoaderScope(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<DataLoaderScope>();
        services.TryAddScoped<IBatchDispatcher>(static provider => provider.GetRequiredService<DataLoaderScope>());
        services.TryAddSingleton(DataLoaderOptions.Default);
        return services;
    }
}
