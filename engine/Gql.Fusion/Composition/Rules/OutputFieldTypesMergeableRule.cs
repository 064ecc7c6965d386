namespace Gql.Fusion.Composition.Rules;

/// <summary>OUTPUT_FIELD_TYPES_NOT_MERGEABLE: same-named fields return the same named type with the same list structure.</summary>
internal sealed class OutputFieldTypesMergeableRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            var (firstSchema, first) = fields[0];
            foreach (var (schema, field) in fields.Skip(1).Where(f => !TypeShapes.SameShape(first.Type, f.Field.Type)))
            {
                log.Error(
                    CompositionErrorCodes.OutputFieldTypesNotMergeable,
                    $"The output field '{typeName}.{fieldName}' has a different type shape in schema '{firstSchema.Name}' ({first.Type.Print()}) than it does in schema '{schema.Name}' ({field.Type.Print()}).",
                    schema.Name,
                    $"{typeName}.{fieldName}");
            }
        }
    }
}
