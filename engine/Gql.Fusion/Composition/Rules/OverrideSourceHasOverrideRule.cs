namespace Gql.Fusion.Composition.Rules;

/// <summary>OVERRIDE_SOURCE_HAS_OVERRIDE: at most one source schema takes over a field (no chains, no cycles).</summary>
internal sealed class OverrideSourceHasOverrideRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            var overriding = fields.Where(f => OverrideDirective.IsOverridden(f.Field)).ToArray();
            if (overriding.Length < 2)
            {
                continue;
            }

            var names = string.Join(", ", overriding.Select(o => $"'{o.Schema.Name}'"));
            foreach (var (schema, _) in overriding)
            {
                log.Error(
                    CompositionErrorCodes.OverrideSourceHasOverride,
                    $"The field '{typeName}.{fieldName}' in schema '{schema.Name}' is overridden by more than one schema ({names}); only one @override may apply to a field.",
                    schema.Name,
                    $"{typeName}.{fieldName}");
            }
        }
    }
}
