namespace Gql.Fusion.Composition.Rules;

/// <summary>The fields of same-named object and interface types, grouped by field name (internal types and fields left out).</summary>
internal static class FieldGroups
{
    public static IEnumerable<(string TypeName, string FieldName, IReadOnlyList<(SourceSchema Schema, OutputField Field)> Fields)> Build(IReadOnlyList<SourceSchema> schemas)
    {
        foreach (var (typeName, types) in SourceTypeGroups.OfKind<ComplexOutputType>(schemas))
        {
            var byName = new SortedDictionary<string, List<(SourceSchema, OutputField)>>(StringComparer.Ordinal);
            foreach (var (schema, type) in types.Where(t => !DirectiveReader.IsInternal(t.Type.Directives)))
            {
                foreach (var field in type.Fields.Where(f => !DirectiveReader.IsInternal(f.Directives)))
                {
                    if (!byName.TryGetValue(field.Name, out var list))
                    {
                        byName[field.Name] = list = [];
                    }

                    list.Add((schema, field));
                }
            }

            foreach (var (fieldName, fields) in byName)
            {
                yield return (typeName, fieldName, fields);
            }
        }
    }
}
