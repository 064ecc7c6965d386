using System.Collections.Concurrent;
using Gql.Types;

namespace Gql.Execution;

/// <summary>Per-schema lookups the executor computes once: CLR type to object type.</summary>
internal sealed class SchemaCache(Schema schema)
{
    private readonly ConcurrentDictionary<(NamedType, Type), ObjectType?> _runtimeTypes = new();

    public Schema Schema { get; } = schema;

    /// <summary>The possible type of <paramref name="abstractType"/> whose RuntimeType matches the CLR type.</summary>
    public ObjectType? GetObjectTypeByRuntimeType(NamedType abstractType, Type clrType)
        => _runtimeTypes.GetOrAdd((abstractType, clrType), key => FindByRuntimeType(key.Item1, key.Item2));

    private ObjectType? FindByRuntimeType(NamedType abstractType, Type clrType)
    {
        ObjectType? assignable = null;
        foreach (var possible in Schema.GetPossibleTypes(abstractType))
        {
            if (possible.RuntimeType is not { } runtimeType)
            {
                continue;
            }

            if (runtimeType == clrType)
            {
                return possible;
            }

            if (assignable is null && runtimeType.IsAssignableFrom(clrType))
            {
                assignable = possible;
            }
        }

        return assignable;
    }
}
