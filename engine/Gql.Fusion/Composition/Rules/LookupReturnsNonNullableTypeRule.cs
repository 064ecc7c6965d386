namespace Gql.Fusion.Composition.Rules;

/// <summary>LOOKUP_RETURNS_NON_NULLABLE_TYPE (a warning): a <c>@lookup</c> should return null for an unknown key.</summary>
internal sealed class LookupReturnsNonNullableTypeRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Lookups(schema).Where(m => m.Field.Type.IsNonNull()))
        {
            log.Warning(
                CompositionErrorCodes.LookupReturnsNonNullableType,
                $"The lookup field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' should return a nullable type.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
