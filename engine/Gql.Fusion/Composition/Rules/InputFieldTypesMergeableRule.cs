namespace Gql.Fusion.Composition.Rules;

/// <summary>INPUT_FIELD_TYPES_NOT_MERGEABLE: same-named fields of same-named input types have the same type shape.</summary>
internal sealed class InputFieldTypesMergeableRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, types) in SourceTypeGroups.OfKind<InputObjectType>(schemas))
        {
            var seen = new Dictionary<string, (SourceSchema Schema, InputField Field)>(StringComparer.Ordinal);
            foreach (var (schema, type) in types)
            {
                foreach (var field in type.Fields)
                {
                    if (!seen.TryGetValue(field.Name, out var first))
                    {
                        seen[field.Name] = (schema, field);
                    }
                    else if (!TypeShapes.SameShape(first.Field.Type, field.Type))
                    {
                        log.Error(
                            CompositionErrorCodes.InputFieldTypesNotMergeable,
                            $"The input field '{typeName}.{field.Name}' has a different type shape in schema '{first.Schema.Name}' ({first.Field.Type.Print()}) than it does in schema '{schema.Name}' ({field.Type.Print()}).",
                            schema.Name,
                            $"{typeName}.{field.Name}");
                    }
                }
            }
        }
    }
}
