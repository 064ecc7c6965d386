namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// INPUT_WITH_MISSING_REQUIRED_FIELDS: input types merge by intersection, so a field that is
/// non-null in one source schema must exist in every source schema defining the input type.
/// </summary>
internal sealed class InputWithMissingRequiredFieldsRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, types) in SourceTypeGroups.OfKind<InputObjectType>(schemas))
        {
            if (types.Any(t => DirectiveReader.IsInaccessible(t.Type.Directives)))
            {
                continue;
            }

            var required = types
                .SelectMany(t => t.Type.Fields.Where(f => f.Type.IsNonNull() && !DirectiveReader.IsInaccessible(f.Directives)).Select(f => (t.Schema, Field: f.Name)))
                .GroupBy(r => r.Field, StringComparer.Ordinal)
                .Select(g => g.First());
            foreach (var (requiringSchema, fieldName) in required)
            {
                foreach (var (schema, _) in types.Where(t => !t.Type.Fields.Contains(fieldName)))
                {
                    log.Error(
                        CompositionErrorCodes.InputWithMissingRequiredFields,
                        $"The input type '{typeName}' in schema '{schema.Name}' must define the required field '{fieldName}' (required in schema '{requiringSchema.Name}').",
                        schema.Name,
                        typeName);
                }
            }
        }
    }
}
