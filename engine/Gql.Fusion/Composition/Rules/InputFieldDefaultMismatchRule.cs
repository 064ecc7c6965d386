namespace Gql.Fusion.Composition.Rules;

/// <summary>INPUT_FIELD_DEFAULT_MISMATCH: same-named input fields that declare defaults declare the same default.</summary>
internal sealed class InputFieldDefaultMismatchRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, types) in SourceTypeGroups.OfKind<InputObjectType>(schemas))
        {
            var seen = new Dictionary<string, (SourceSchema Schema, string Default)>(StringComparer.Ordinal);
            foreach (var (schema, type) in types)
            {
                foreach (var field in type.Fields.Where(f => f.DefaultValue is not null))
                {
                    var printed = SyntaxPrinter.Print(field.DefaultValue!);
                    if (!seen.TryGetValue(field.Name, out var first))
                    {
                        seen[field.Name] = (schema, printed);
                    }
                    else if (first.Default != printed)
                    {
                        log.Error(
                            CompositionErrorCodes.InputFieldDefaultMismatch,
                            $"The default value '{first.Default}' of input field '{typeName}.{field.Name}' in schema '{first.Schema.Name}' differs from the default value of '{printed}' in schema '{schema.Name}'.",
                            schema.Name,
                            $"{typeName}.{field.Name}");
                    }
                }
            }
        }
    }
}
