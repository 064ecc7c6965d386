namespace Gql.Fusion.Composition.Rules;

/// <summary>EXTERNAL_TYPE_MISMATCH: an <c>@external</c> field has exactly the type of the field it stands for.</summary>
internal sealed class ExternalTypeMismatchRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            var bases = fields.Where(f => !DirectiveReader.IsExternal(f.Field.Directives)).ToArray();
            foreach (var (schema, external) in fields.Where(f => DirectiveReader.IsExternal(f.Field.Directives)))
            {
                foreach (var (baseSchema, baseField) in bases.Where(b => !TypeShapes.SameType(b.Field.Type, external.Type)))
                {
                    log.Error(
                        CompositionErrorCodes.ExternalTypeMismatch,
                        $"The external field '{typeName}.{fieldName}' in schema '{schema.Name}' has the type {external.Type.Print()}, but the field is {baseField.Type.Print()} in schema '{baseSchema.Name}'.",
                        schema.Name,
                        $"{typeName}.{fieldName}");
                }
            }
        }
    }
}
