namespace Gql.Fusion.Composition.Rules;

/// <summary>EXTERNAL_MISSING_ON_BASE: an <c>@external</c> field is resolved (declared without <c>@external</c>) by some other source schema.</summary>
internal sealed class ExternalMissingOnBaseRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            if (fields.All(f => DirectiveReader.IsExternal(f.Field.Directives)))
            {
                foreach (var (schema, _) in fields)
                {
                    log.Error(
                        CompositionErrorCodes.ExternalMissingOnBase,
                        $"The external field '{typeName}.{fieldName}' in schema '{schema.Name}' is not defined (resolvable) in any other schema.",
                        schema.Name,
                        $"{typeName}.{fieldName}");
                }
            }
        }
    }
}
