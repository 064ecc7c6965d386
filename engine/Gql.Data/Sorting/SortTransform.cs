using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>Applies the <c>order</c> argument: each list entry (and each field of an entry, in order) is one more sort key.</summary>
internal sealed class SortTransform<T>(InputObjectType sortType) : IQueryTransform
{
    public object? Apply(IResolverContext context, object? result)
    {
        if (!context.Arguments.TryGetValue("order", out var order) || order is not IEnumerable entries)
        {
            return result;
        }

        var item = Expression.Parameter(typeof(T), "item");
        var keys = new List<SortKey>();
        foreach (var entry in entries)
        {
            if (entry is IReadOnlyDictionary<string, object?> fields)
            {
                Collect(item, item, sortType, fields, keys);
            }
        }

        return keys.Count == 0 ? result : QueryOrdering.Apply(QueryExecution.AsQueryable<T>(result), keys);
    }

    private static void Collect(ParameterExpression item, Expression instance, InputObjectType type, IReadOnlyDictionary<string, object?> fields, List<SortKey> keys)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            var member = Expression.Property(instance, (PropertyInfo)type.Fields[name]!.ContextData[DataContextData.Member]!);
            if (value is SortEnumType direction)
            {
                keys.Add(new SortKey(Expression.Lambda(member, item), direction == SortEnumType.Desc));
            }
            else
            {
                Collect(item, member, (InputObjectType)type.Fields[name]!.Type.NamedType(), (IReadOnlyDictionary<string, object?>)value, keys);
            }
        }
    }
}
