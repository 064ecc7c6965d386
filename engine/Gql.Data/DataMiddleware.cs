using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>
/// Adds a data middleware to a field. The first one added (the outermost) also runs an
/// <c>IQueryable</c> result asynchronously to a list, so the executor never blocks on a database.
/// </summary>
internal static class DataMiddleware
{
    public static void Use(ObjectFieldDescriptor descriptor, Type itemType, FieldMiddleware middleware)
    {
        if (descriptor.Field.ContextData.TryAdd(DataContextData.Materialized, true))
        {
            var materializer = (IMaterializer)Activator.CreateInstance(typeof(Materializer<>).MakeGenericType(itemType))!;
            descriptor.Use(next =>
            {
                var inner = middleware(next);
                return async context => await materializer.MaterializeAsync(await inner(context).ConfigureAwait(false), context.RequestAborted).ConfigureAwait(false);
            });
            return;
        }

        descriptor.Use(middleware);
    }

    /// <summary>The item type's query run to a list when its provider is asynchronous.</summary>
    private interface IMaterializer
    {
        ValueTask<object?> MaterializeAsync(object? result, CancellationToken cancellationToken);
    }

    private sealed class Materializer<T> : IMaterializer
    {
        public async ValueTask<object?> MaterializeAsync(object? result, CancellationToken cancellationToken)
            => result is IQueryable<T> query && QueryExecution.IsAsync(query)
                ? await QueryExecution.ToListAsync(query, cancellationToken).ConfigureAwait(false)
                : result;
    }
}
