namespace Gql.Fusion.Composition.Rules;

/// <summary>An <c>@external</c> declaration of a field paired with one declaration of the same field that resolves it.</summary>
internal sealed record ExternalDeclaration(string Coordinate, SourceSchema Schema, OutputField External, SourceSchema BaseSchema, OutputField Base)
{
    /// <summary>Every pair of an <c>@external</c> field declaration and a non-external declaration of the same field.</summary>
    public static IEnumerable<ExternalDeclaration> All(IReadOnlyList<SourceSchema> schemas)
    {
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            var bases = fields.Where(f => !DirectiveReader.IsExternal(f.Field.Directives)).ToArray();
            foreach (var (schema, external) in fields.Where(f => DirectiveReader.IsExternal(f.Field.Directives)))
            {
                foreach (var (baseSchema, baseField) in bases)
                {
                    yield return new ExternalDeclaration($"{typeName}.{fieldName}", schema, external, baseSchema, baseField);
                }
            }
        }
    }
}
