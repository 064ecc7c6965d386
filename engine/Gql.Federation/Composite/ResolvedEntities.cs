using System.Collections.Concurrent;

namespace Gql.Federation;

/// <summary>
/// Remembers, per request, the object type each entity and node value was resolved as (so the
/// <c>_Entity</c> union and the <c>Node</c> interface find the type of values, such as dictionaries
/// from SDL-first lookups, that do not carry it) and the <c>_entities</c> representation it came
/// from (so <c>@require</c> arguments can take the values the gateway sent with it).
/// </summary>
internal static class ResolvedEntities
{
    private const string ContextKey = "Gql.Federation.ResolvedEntities";

    public static void Remember(IResolverContext context, object? value, ObjectType type, IReadOnlyDictionary<string, object?>? representation = null)
    {
        if (value is not null)
        {
            GetMap(context).TryAdd(value, new ResolvedEntity(type, representation));
        }
    }

    /// <summary>The representation <paramref name="value"/> was resolved from by <c>_entities</c> in this request.</summary>
    public static IReadOnlyDictionary<string, object?>? GetRepresentation(IResolverContext context, object? value)
        => value is not null && GetMap(context).TryGetValue(value, out var entity) ? entity.Representation : null;

    /// <summary>A type resolver for <paramref name="abstractType"/>: remembered type, then <c>IsOfType</c>, then <c>__typename</c>.</summary>
    public static ResolveAbstractTypeDelegate CreateTypeResolver(NamedType abstractType) => (context, value) =>
    {
        if (GetMap(context).TryGetValue(value, out var remembered))
        {
            return remembered.Type;
        }

        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        foreach (var possible in possibleTypes)
        {
            if (possible.IsOfType?.Invoke(value) == true || possible.RuntimeType?.IsInstanceOfType(value) == true)
            {
                return possible;
            }
        }

        return value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var name) && name is string typeName
            ? possibleTypes.FirstOrDefault(t => t.Name == typeName)
            : null;
    };

    private static ConcurrentDictionary<object, ResolvedEntity> GetMap(IResolverContext context)
    {
        lock (context.ContextData)
        {
            if (context.ContextData.TryGetValue(ContextKey, out var existing) && existing is ConcurrentDictionary<object, ResolvedEntity> map)
            {
                return map;
            }

            map = new ConcurrentDictionary<object, ResolvedEntity>(ReferenceEqualityComparer.Instance);
            context.ContextData[ContextKey] = map;
            return map;
        }
    }
}
