namespace Gql.Fusion.Composition.Selections;

/// <summary>Resolves the field paths of a <see cref="FieldSelectionMap"/> against a schema's types.</summary>
internal static class FieldPaths
{
    /// <summary>
    /// The first segment of <paramref name="path"/> that the types do not define, written as a
    /// coordinate (<c>Type.field</c>), or null when every segment exists. Unions and interfaces are
    /// checked on the abstract type first, then on every possible type.
    /// </summary>
    public static string? FindMissing(Schema schema, NamedType type, IReadOnlyList<string> path)
    {
        var current = type;
        for (var i = 0; i < path.Count; i++)
        {
            var segment = path[i];
            OutputField? field = current is ComplexOutputType complex ? complex.Fields[segment] : null;
            if (field is null && current is UnionType or InterfaceType)
            {
                foreach (var possible in schema.GetPossibleTypes(current))
                {
                    if (FindMissing(schema, possible, path.Skip(i).ToArray()) is { } missing)
                    {
                        return missing;
                    }
                }

                return schema.GetPossibleTypes(current).Count == 0 ? current.Name + "." + segment : null;
            }

            if (field is null)
            {
                return current.Name + "." + segment;
            }

            current = field.Type.NamedType();
        }

        return null;
    }
}
