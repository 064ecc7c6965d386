namespace Gql.Fusion.Metadata;

/// <summary>
/// An object, interface or union type of the composite schema, with what the planner needs:
/// its fields and their sources, the subgraphs that define it, and, for entities, keys and lookups.
/// </summary>
public sealed class CompositeType
{
    private Dictionary<string, CompositeField>? _fieldsByName;

    public required string Name { get; init; }

    public required CompositeTypeKind Kind { get; init; }

    /// <summary>The subgraphs that define (or contribute to) the type, in subgraph order.</summary>
    public required IReadOnlyList<string> Subgraphs { get; init; }

    /// <summary>Fields in the composite schema's order, internal and inaccessible ones included (empty for unions).</summary>
    public IReadOnlyList<CompositeField> Fields { get; init; } = [];

    /// <summary>Interfaces the type implements.</summary>
    public IReadOnlyList<string> Interfaces { get; init; } = [];

    /// <summary>For interfaces and unions: the object types that belong to it.</summary>
    public IReadOnlyList<string> PossibleTypes { get; init; } = [];

    /// <summary>Every <c>@key</c> of the type, per subgraph.</summary>
    public IReadOnlyList<EntityKey> Keys { get; init; } = [];

    /// <summary>The lookups that return this type (directly), per subgraph.</summary>
    public IReadOnlyList<Lookup> Lookups { get; init; } = [];

    /// <summary>Internal in every subgraph that defines it: not in the public schema.</summary>
    public bool IsInternal { get; init; }

    /// <summary><c>@inaccessible</c>: not in the public schema.</summary>
    public bool IsInaccessible { get; init; }

    /// <summary>An entity has at least one lookup the gateway can fetch it through.</summary>
    public bool IsEntity => Lookups.Count > 0;

    public bool IsAbstract => Kind != CompositeTypeKind.Object;

    public bool TryGetField(string name, out CompositeField field)
    {
        var index = _fieldsByName ??= BuildIndex(Fields);
        return index.TryGetValue(name, out field!);
    }

    public CompositeField GetField(string name)
        => TryGetField(name, out var field) ? field : throw new KeyNotFoundException($"The type \"{Name}\" has no field \"{name}\".");

    /// <summary>True when <paramref name="subgraph"/> defines the type.</summary>
    public bool IsDefinedIn(string subgraph)
    {
        var subgraphs = Subgraphs;
        for (var i = 0; i < subgraphs.Count; i++)
        {
            if (string.Equals(subgraphs[i], subgraph, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, CompositeField> BuildIndex(IReadOnlyList<CompositeField> fields)
    {
        var index = new Dictionary<string, CompositeField>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            index[field.Name] = field;
        }

        return index;
    }

    public override string ToString() => Name;
}
