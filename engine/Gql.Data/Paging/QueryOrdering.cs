using System.Linq.Expressions;
using System.Reflection;

namespace Gql.Data;

/// <summary>
/// The ordering a query ends with (its last <c>OrderBy</c> and the <c>ThenBy</c>s after it), read
/// from the expression tree so paging can build keyset predicates and reverse the order.
/// </summary>
internal sealed class QueryOrdering
{
    private static readonly HashSet<string> TransparentMethods =
        ["Where", "Select", "AsNoTracking", "AsNoTrackingWithIdentityResolution", "AsTracking", "Include", "ThenInclude", "AsSplitQuery", "AsSingleQuery", "TagWith", "IgnoreQueryFilters"];

    private readonly HashSet<MethodCallExpression> _calls;

    private QueryOrdering(IReadOnlyList<SortKey> keys, HashSet<MethodCallExpression> calls)
    {
        Keys = keys;
        _calls = calls;
    }

    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>
    /// The ordering of <paramref name="query"/> (no keys when it has none), or null when an ordering
    /// could be hidden behind an operator paging cannot see through (Skip, Take, GroupBy, ...).
    /// </summary>
    public static QueryOrdering? Find(Expression query, Type itemType)
    {
        var keys = new List<SortKey>();
        var calls = new HashSet<MethodCallExpression>();
        var current = query;
        while (current is MethodCallExpression call && IsQueryableMethod(call))
        {
            var name = call.Method.Name;
            if (name is "ThenBy" or "ThenByDescending" or "OrderBy" or "OrderByDescending")
            {
                keys.Insert(0, new SortKey(Unquote(call.Arguments[1]), name.EndsWith("Descending", StringComparison.Ordinal)));
                calls.Add(call);
                if (name.StartsWith("OrderBy", StringComparison.Ordinal))
                {
                    return new QueryOrdering(keys, calls);
                }
            }
            else if (!TransparentMethods.Contains(name) || ElementType(call.Arguments[0].Type) != itemType)
            {
                return null;
            }

            current = call.Arguments[0];
        }

        return current is MethodCallExpression ? null : new QueryOrdering(keys, calls);
    }

    /// <summary>The query with this ordering's directions reversed (for <c>last</c>/<c>before</c>).</summary>
    public Expression Reverse(Expression query) => new Rewriter(_calls, reverse: true).Visit(query);

    /// <summary>The query without this ordering (to re-apply it per group).</summary>
    public Expression Remove(Expression query) => new Rewriter(_calls, reverse: false).Visit(query);

    public static IOrderedQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (keys[i].Descending ? "Descending" : string.Empty);
            var method = QueryableMethod(name).MakeGenericMethod(typeof(T), keys[i].KeyType);
            expression = Expression.Call(method, expression, Expression.Quote(keys[i].Selector));
        }

        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(expression);
    }

    public static MethodInfo QueryableMethod(string name)
        => typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);

    private static bool IsQueryableMethod(MethodCallExpression call)
        => call.Method.IsStatic && call.Arguments.Count > 0 && typeof(IQueryable).IsAssignableFrom(call.Arguments[0].Type);

    private static Type? ElementType(Type queryType)
        => DataTypeInfo.TryGetEnumerableItemType(queryType);

    private static LambdaExpression Unquote(Expression expression)
        => (LambdaExpression)(expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression);

    private sealed class Rewriter(HashSet<MethodCallExpression> calls, bool reverse) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!calls.Contains(node))
            {
                return base.VisitMethodCall(node);
            }

            var source = Visit(node.Arguments[0]);
            if (!reverse)
            {
                return source;
            }

            var name = node.Method.Name;
            var flipped = name.EndsWith("Descending", StringComparison.Ordinal) ? name[..^"Descending".Length] : name + "Descending";
            var method = QueryableMethod(flipped).MakeGenericMethod(node.Method.GetGenericArguments());
            return Expression.Call(method, source, node.Arguments[1]);
        }
    }
}
