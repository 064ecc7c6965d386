using System.Linq.Expressions;
using System.Reflection;

namespace Gql.Data;

/// <summary>
/// DataLoader-friendly paging (Hot Chocolate's <c>ToBatchPageAsync</c>): one page per parent key for
/// a whole batch of parents in one query, <c>GroupBy(key).Select(g =&gt; g.OrderBy(...).Take(n + 1))</c>,
/// which EF Core translates to <c>ROW_NUMBER() OVER (PARTITION BY key ORDER BY ...)</c>.
/// </summary>
public static class BatchPagingExtensions
{
    private static readonly MethodInfo Take = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Take) && m.GetParameters()[1].ParameterType == typeof(int));
    private static readonly MethodInfo ToList = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    /// <summary>
    /// Pages <paramref name="source"/> (filtered to the batch's parents and ordered by a unique order, for
    /// example <c>OrderBy(o =&gt; o.CreatedAt).ThenBy(o =&gt; o.Id)</c>) per <paramref name="keySelector"/>.
    /// The cursors are keyset cursors; <c>after</c>/<c>before</c> apply to every parent of the batch.
    /// Parents without rows have no entry.
    /// </summary>
    public static async Task<Dictionary<TKey, Page<TValue>>> ToBatchPageAsync<TKey, TValue>(
        this IQueryable<TValue> source,
        Expression<Func<TValue, TKey>> keySelector,
        PagingArguments arguments,
        CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(arguments);
        var ordering = QueryOrdering.Find(source.Expression, typeof(TValue));
        if (ordering is null || ordering.Keys.Count == 0 || !KeysetPredicate.Supports(ordering.Keys))
        {
            throw new ArgumentException("ToBatchPageAsync needs a query ordered (OrderBy/ThenBy, last) by comparable keys that make the order unique.", nameof(source));
        }

        var keys = ordering.Keys;
        var backward = arguments.Last is not null;
        var size = (backward ? arguments.Last : arguments.First)
            ?? throw new ArgumentException("Pass First or Last (PagingArguments.Validate fills in the default page size).", nameof(arguments));
        var query = source.Provider.CreateQuery<TValue>(ordering.Remove(source.Expression));
        if (arguments.After is { } after)
        {
            query = query.Where(KeysetPredicate.Build<TValue>(keys, CursorCodec.DecodeKeys(after, keys, "after"), after: true));
        }

        if (arguments.Before is { } before)
        {
            query = query.Where(KeysetPredicate.Build<TValue>(keys, CursorCodec.DecodeKeys(before, keys, "before"), after: false));
        }

        var groups = await QueryExecution.ToListAsync(query.GroupBy(keySelector).Select(GroupPage<TKey, TValue>(keys, backward, size)), cancellationToken)
            .ConfigureAwait(false);
        var read = KeysetPredicate.CompileReader<TValue>(keys);
        var pages = new Dictionary<TKey, Page<TValue>>(groups.Count);
        foreach (var group in groups)
        {
            var items = group.Items;
            var hasMore = items.Count > size;
            if (hasMore)
            {
                items.RemoveAt(items.Count - 1);
            }

            if (backward)
            {
                items.Reverse();
            }

            pages[group.Key] = new Page<TValue>(
                items,
                hasNextPage: backward ? arguments.Before is not null : hasMore,
                hasPreviousPage: backward ? hasMore : arguments.After is not null,
                item => CursorCodec.EncodeKeys(read(item)));
        }

        return pages;
    }

    /// <summary><c>group =&gt; new BatchGroup { Key = group.Key, Items = group.OrderBy(...).ThenBy(...).Take(size + 1).ToList() }</c>.</summary>
    private static Expression<Func<IGrouping<TKey, TValue>, BatchGroup<TKey, TValue>>> GroupPage<TKey, TValue>(IReadOnlyList<SortKey> keys, bool backward, int size)
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, TValue>), "group");
        Expression items = group;
        for (var i = 0; i < keys.Count; i++)
        {
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (keys[i].Descending != backward ? "Descending" : string.Empty);
            var method = typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2)
                .MakeGenericMethod(typeof(TValue), keys[i].KeyType);
            items = Expression.Call(method, items, keys[i].Selector);
        }

        items = Expression.Call(ToList.MakeGenericMethod(typeof(TValue)), Expression.Call(Take.MakeGenericMethod(typeof(TValue)), items, Expression.Constant(size + 1)));
        var body = Expression.MemberInit(
            Expression.New(typeof(BatchGroup<TKey, TValue>)),
            Expression.Bind(typeof(BatchGroup<TKey, TValue>).GetProperty(nameof(BatchGroup<TKey, TValue>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, TValue>.Key))),
            Expression.Bind(typeof(BatchGroup<TKey, TValue>).GetProperty(nameof(BatchGroup<TKey, TValue>.Items))!, items));
        return Expression.Lambda<Func<IGrouping<TKey, TValue>, BatchGroup<TKey, TValue>>>(body, group);
    }
}
