namespace Gql.Fusion.Composition.Rules;

/// <summary>ENUM_VALUES_MISMATCH: same-named enums have the same values, apart from values some schema marks <c>@inaccessible</c>.</summary>
internal sealed class EnumValuesMismatchRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, enums) in SourceTypeGroups.OfKind<EnumType>(schemas))
        {
            if (enums.Count < 2)
            {
                continue;
            }

            var inaccessible = enums
                .SelectMany(e => e.Type.Values.Where(v => DirectiveReader.IsInaccessible(v.Directives)).Select(v => v.Name))
                .ToHashSet(StringComparer.Ordinal);
            var required = enums
                .SelectMany(e => e.Type.Values.Select(v => v.Name))
                .Where(v => !inaccessible.Contains(v))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (schema, type) in enums)
            {
                foreach (var missing in required.Where(v => type.GetValue(v) is null).Order(StringComparer.Ordinal))
                {
                    log.Error(
                        CompositionErrorCodes.EnumValuesMismatch,
                        $"The enum type '{typeName}' in schema '{schema.Name}' must define the value '{missing}' (other schemas define it; mark it @inaccessible where it is not shared).",
                        schema.Name,
                        typeName);
                }
            }
        }
    }
}
