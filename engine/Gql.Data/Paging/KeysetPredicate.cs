using System.Linq.Expressions;
using System.Reflection;

namespace Gql.Data;

/// <summary>
/// The WHERE of keyset paging: the rows after (or before) a cursor in the order of the sort keys,
/// <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR ...</c>, with <c>&lt;</c> for descending keys.
/// </summary>
internal static class KeysetPredicate
{
    /// <summary>Whether every key can be compared in SQL and is never null (NULLs have no place in the comparison chain).</summary>
    public static bool Supports(IReadOnlyList<SortKey> keys) => keys.All(k => IsComparable(k.KeyType) && !IsNullableReference(k.Selector.Body));

    /// <param name="after">True for the rows after the cursor in the order, false for the rows before it.</param>
    public static Expression<Func<T, bool>> Build<T>(IReadOnlyList<SortKey> keys, object?[] values, bool after)
    {
        var item = Expression.Parameter(typeof(T), "item");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression? all = null;
            for (var j = 0; j < i; j++)
            {
                all = And(all, Expression.Equal(KeyOf(keys[j], item), ClosureValue.Read(values[j], keys[j].KeyType)));
            }

            var greater = after != keys[i].Descending;
            all = And(all, Compare(KeyOf(keys[i], item), ClosureValue.Read(values[i], keys[i].KeyType), greater));
            any = any is null ? all : Expression.OrElse(any, all);
        }

        return Expression.Lambda<Func<T, bool>>(any!, item);
    }

    /// <summary>The sort key values of an item, in key order (what its cursor stores).</summary>
    public static Func<T, object?[]> CompileReader<T>(IReadOnlyList<SortKey> keys)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var values = keys.Select(k => Expression.Convert(KeyOf(k, item), typeof(object)));
        return Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), values), item).Compile();
    }

    private static Expression KeyOf(SortKey key, ParameterExpression item)
        => new ParameterReplacer(key.Selector.Parameters[0], item).Visit(key.Selector.Body);

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    private static Expression Compare(Expression key, Expression value, bool greater)
    {
        if (key.Type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, value);
            var zero = Expression.Constant(0);
            return greater ? Expression.GreaterThan(compare, zero) : Expression.LessThan(compare, zero);
        }

        if (key.Type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(key.Type);
            key = Expression.Convert(key, underlying);
            value = Expression.Convert(value, underlying);
        }

        return greater ? Expression.GreaterThan(key, value) : Expression.LessThan(key, value);
    }

    private static bool IsNullableReference(Expression key)
        => !key.Type.IsValueType
           && (key is not MemberExpression { Member: PropertyInfo property } || new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull);

    // Guid's comparison operators compare like PostgreSQL compares uuid (byte by byte in text order),
    // and EF Core translates them to uuid comparisons.
    private static bool IsComparable(Type type)
        => type == typeof(string) || type.IsEnum || type == typeof(int) || type == typeof(long) || type == typeof(short)
           || type == typeof(decimal) || type == typeof(double) || type == typeof(float) || type == typeof(DateTime)
           || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid);
}
