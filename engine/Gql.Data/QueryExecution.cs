using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Gql.Data;

/// <summary>Runs queries asynchronously when the provider can (EF Core), synchronously otherwise (LINQ to objects).</summary>
internal static class QueryExecution
{
    public static IQueryable<T> AsQueryable<T>(object? result)
        => result switch
        {
            IQueryable<T> queryable => queryable,
            IEnumerable<T> enumerable => enumerable.AsQueryable(),
            null => Enumerable.Empty<T>().AsQueryable(),
            _ => throw new InvalidOperationException($"The resolver returned {result.GetType().Name}, expected IQueryable<{typeof(T).Name}> or IEnumerable<{typeof(T).Name}>."),
        };

    public static bool IsAsync<T>(IQueryable<T> query) => query.Provider is IAsyncQueryProvider;

    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        => IsAsync(query) ? await query.ToListAsync(cancellationToken).ConfigureAwait(false) : query.ToList();

    public static async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        => IsAsync(query) ? await query.CountAsync(cancellationToken).ConfigureAwait(false) : query.Count();
}
