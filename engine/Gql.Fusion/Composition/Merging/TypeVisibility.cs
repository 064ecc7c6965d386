namespace Gql.Fusion.Composition.Merging;

/// <summary>
/// Which merged types appear in the public schema: none marked <c>@inaccessible</c> in any source
/// schema; object types need a definition that is not <c>@internal</c>; unions need at least one
/// public member that the declaring schema does not hide.
/// </summary>
internal static class TypeVisibility
{
    public static HashSet<string> PublicTypes(IReadOnlyList<(string Name, IReadOnlyList<SourceType> Types)> groups)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, types) in groups)
        {
            if (types.Any(t => t.IsInaccessible) || types[0].Type is UnionType)
            {
                continue;
            }

            if (types[0].Type is ObjectType && types.All(t => t.IsInternal))
            {
                continue;
            }

            result.Add(name);
        }

        foreach (var (name, types) in groups.Where(g => g.Types[0].Type is UnionType && !g.Types.Any(t => t.IsInaccessible)))
        {
            if (UnionMembers(types, result).Count > 0)
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>The public members of a union across its definitions, in first-appearance order.</summary>
    public static IReadOnlyList<string> UnionMembers(IReadOnlyList<SourceType> unions, ISet<string> publicTypes)
        => MergeSyntax.Union(unions.SelectMany(u => ((UnionType)u.Type).Types
            .Where(m => !DirectiveReader.IsInaccessible(m.Directives) && !DirectiveReader.IsInternal(m.Directives) && publicTypes.Contains(m.Name))
            .Select(m => m.Name)));
}
