using Gql.Types.Resolvers;

namespace Gql.DataLoader;

/// <summary>Loaders for SDL-first resolvers.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>
    /// The request's instance of <typeparamref name="TLoader"/> (registered with
    /// <see cref="DataLoaderServiceCollectionExtensions.AddDataLoader{TLoader}"/>).
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetService(typeof(TLoader)) as TLoader
            ?? throw new InvalidOperationException(
                $"The DataLoader {typeof(TLoader).Name} is not a service of the request; register it with services.AddDataLoader<{typeof(TLoader).Name}>().");
    }
}
