using System.Linq.Expressions;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>
/// Pages an <c>IQueryable&lt;T&gt;</c> into a <see cref="Connection"/>. When the query's order is
/// unique (it ends with the item's key, or the query has no order and the key is used) the cursors hold
/// the sort key values and the page is a keyset query (WHERE on the keys, no OFFSET); otherwise the
/// cursors are indexes and the page is OFFSET/LIMIT.
/// </summary>
internal sealed class CursorPagingHandler<T>(PagingSettings settings) : IPagingHandler
{
    private static readonly LambdaExpression? KeySelector = CreateKeySelector();

    public async ValueTask<object?> ExecuteAsync(IResolverContext context, object? result)
    {
        switch (result)
        {
            case Connection connection:
                return connection;
            case Page<T> page:
                return page.ToConnection();
        }

        var arguments = new PagingArguments(
            context.ArgumentValue<int?>("first"),
            context.ArgumentValue<string?>("after"),
            context.ArgumentValue<int?>("last"),
            context.ArgumentValue<string?>("before")).Validate(settings.Options);
        var query = QueryExecution.AsQueryable<T>(result);
        var ct = context.RequestAborted;
        int? totalCount = PagingSelections.IsSelected(context, "totalCount")
            ? await QueryExecution.CountAsync(query, ct).ConfigureAwait(false)
            : null;

        var ordering = QueryOrdering.Find(query.Expression, typeof(T));
        if (ordering is not null && KeySelector is not null && ordering.Keys.Count == 0)
        {
            var keys = new[] { new SortKey(KeySelector, Descending: false) };
            if (!KeysetPredicate.Supports(keys))
            {
                // A key the keyset WHERE cannot compare (a value object with a converter, a nullable key).
                return await OffsetAsync(QueryOrdering.Apply(query, keys), arguments, totalCount, ct).ConfigureAwait(false);
            }

            return await KeysetAsync(QueryOrdering.Apply(query, keys), QueryOrdering.Apply(query, [keys[0] with { Descending = true }]), keys, arguments, totalCount, ct).ConfigureAwait(false);
        }

        if (ordering is not null && IsUnique(ordering.Keys) && KeysetPredicate.Supports(ordering.Keys))
        {
            var reversed = query.Provider.CreateQuery<T>(ordering.Reverse(query.Expression));
            return await KeysetAsync(query, reversed, ordering.Keys, arguments, totalCount, ct).ConfigureAwait(false);
        }

        return await OffsetAsync(query, arguments, totalCount, ct).ConfigureAwait(false);
    }

    internal static bool IsUnique(IReadOnlyList<SortKey> keys)
        => KeySelector is { Body: MemberExpression { Member: var key } }
           && keys.Any(k => k.Selector.Body is MemberExpression { Expression: ParameterExpression } member && member.Member.Name == key.Name);

    private static async ValueTask<Connection> KeysetAsync(
        IQueryable<T> query, IQueryable<T> reversed, IReadOnlyList<SortKey> keys, PagingArguments arguments, int? totalCount, CancellationToken ct)
        => (await PagingExtensions.KeysetPageAsync(query, reversed, keys, arguments, totalCount, ct).ConfigureAwait(false)).ToConnection();

    private static async ValueTask<Connection> OffsetAsync(IQueryable<T> query, PagingArguments arguments, int? totalCount, CancellationToken ct)
    {
        var start = arguments.After is { } after ? CursorCodec.DecodeIndex(after, "after") + 1 : 0;
        int? end = arguments.Before is { } before ? CursorCodec.DecodeIndex(before, "before") : null;
        if (arguments.Last is { } last)
        {
            var stop = end ?? totalCount ?? await QueryExecution.CountAsync(query, ct).ConfigureAwait(false);
            var from = Math.Max(start, stop - last);
            var page = await QueryExecution.ToListAsync(Slice(query, from, Math.Max(0, stop - from)), ct).ConfigureAwait(false);
            return Create(Edges(page, from), end is not null, from > 0, totalCount);
        }

        var size = arguments.First!.Value;
        if (end is { } limit)
        {
            size = Math.Max(0, Math.Min(size, limit - start));
        }

        var items = await QueryExecution.ToListAsync(Slice(query, start, size + 1), ct).ConfigureAwait(false);
        var hasNext = items.Count > size;
        if (hasNext)
        {
            items.RemoveAt(items.Count - 1);
        }

        return Create(Edges(items, start), hasNext, start > 0, totalCount);
    }

    private static IQueryable<T> Slice(IQueryable<T> query, int skip, int take)
        => (skip > 0 ? query.Skip(skip) : query).Take(take);

    private static List<Edge> Edges(List<T> items, int firstIndex)
        => items.Select((item, i) => new Edge(CursorCodec.EncodeIndex(firstIndex + i), item!)).ToList();

    private static Connection Create(List<Edge> edges, bool hasNext, bool hasPrevious, int? totalCount)
        => new(edges, new ConnectionPageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), totalCount);

    private static LambdaExpression? CreateKeySelector()
    {
        if (DataTypeInfo.GetKeyProperty(typeof(T)) is not { } key)
        {
            return null;
        }

        var item = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda(Expression.Property(item, key), item);
    }
}
