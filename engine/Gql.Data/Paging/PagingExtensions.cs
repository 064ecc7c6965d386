namespace Gql.Data;

/// <summary>
/// One keyset page of a query (Hot Chocolate's <c>ToPageAsync</c>), for resolvers that page the rows
/// themselves, for example to turn them into other objects before returning a <see cref="Page{T}"/>.
/// </summary>
public static class PagingExtensions
{
    /// <summary>
    /// The page <paramref name="arguments"/> asks for of <paramref name="source"/>, which must be ordered
    /// (OrderBy/ThenBy, last) by comparable keys that make the order unique, for example
    /// <c>OrderBy(u =&gt; u.CreatedAt).ThenBy(u =&gt; u.Id)</c>. The cursors hold the keys; <c>after</c>/<c>before</c>
    /// become a WHERE on them and the page a LIMIT (no OFFSET), so rows added or removed before a cursor
    /// do not shift the next page. <see cref="Page{T}.TotalCount"/> is <paramref name="totalCount"/>.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(
        this IQueryable<T> source,
        PagingArguments arguments,
        int? totalCount = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(arguments);
        var ordering = QueryOrdering.Find(source.Expression, typeof(T));
        if (ordering is null || ordering.Keys.Count == 0 || !KeysetPredicate.Supports(ordering.Keys))
        {
            throw new ArgumentException("ToPageAsync needs a query ordered (OrderBy/ThenBy, last) by comparable keys that make the order unique.", nameof(source));
        }

        if (arguments.First is null && arguments.Last is null)
        {
            throw new ArgumentException("Pass First or Last (PagingArguments.Validate fills in the default page size).", nameof(arguments));
        }

        var reversed = source.Provider.CreateQuery<T>(ordering.Reverse(source.Expression));
        return await KeysetPageAsync(source, reversed, ordering.Keys, arguments, totalCount, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A keyset page of <paramref name="query"/>, read through <paramref name="reversed"/> for <c>last</c>.</summary>
    internal static async Task<Page<T>> KeysetPageAsync<T>(
        IQueryable<T> query, IQueryable<T> reversed, IReadOnlyList<SortKey> keys, PagingArguments arguments, int? totalCount, CancellationToken ct)
    {
        var backward = arguments.Last is not null;
        var source = backward ? reversed : query;
        if (arguments.After is { } after)
        {
            source = source.Where(KeysetPredicate.Build<T>(keys, CursorCodec.DecodeKeys(after, keys, "after"), after: true));
        }

        if (arguments.Before is { } before)
        {
            source = source.Where(KeysetPredicate.Build<T>(keys, CursorCodec.DecodeKeys(before, keys, "before"), after: false));
        }

        var size = (backward ? arguments.Last : arguments.First)!.Value;
        var items = await QueryExecution.ToListAsync(source.Take(size + 1), ct).ConfigureAwait(false);
        var hasMore = items.Count > size;
        if (hasMore)
        {
            items.RemoveAt(items.Count - 1);
        }

        if (backward)
        {
            items.Reverse();
        }

        var read = KeysetPredicate.CompileReader<T>(keys);
        var hasNext = backward ? arguments.Before is not null : hasMore;
        var hasPrevious = backward ? hasMore : arguments.After is not null;
        return new Page<T>(items, hasNext, hasPrevious, item => CursorCodec.EncodeKeys(read(item)), totalCount);
    }
}
