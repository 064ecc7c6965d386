namespace Gql.Fusion.Composition;

/// <summary>The types of all source schemas grouped by name, names in ordinal order, schemas in composition order.</summary>
internal static class SourceTypeGroups
{
    public static IReadOnlyList<(string Name, IReadOnlyList<SourceType> Types)> Build(IReadOnlyList<SourceSchema> schemas)
    {
        var groups = new SortedDictionary<string, List<SourceType>>(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            foreach (var type in schema.Types)
            {
                if (!groups.TryGetValue(type.Name, out var list))
                {
                    groups[type.Name] = list = [];
                }

                list.Add(new SourceType(schema, type));
            }
        }

        return groups.Select(g => (g.Key, (IReadOnlyList<SourceType>)g.Value)).ToArray();
    }

    /// <summary>The groups whose types all have the kind <typeparamref name="T"/>, as (schema, type) pairs.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<(SourceSchema Schema, T Type)> Types)> OfKind<T>(IReadOnlyList<SourceSchema> schemas)
        where T : NamedType
    {
        foreach (var (name, types) in Build(schemas))
        {
            if (types.All(t => t.Type is T))
            {
                yield return (name, types.Select(t => (t.Schema, (T)t.Type)).ToArray());
            }
        }
    }
}
