namespace Gql.Fusion.Composition.Rules;

/// <summary>LOOKUP_RETURNS_LIST: a <c>@lookup</c> field returns one entity, never a list.</summary>
internal sealed class LookupReturnsListRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Lookups(schema).Where(m => m.Field.Type.IsListType()))
        {
            log.Error(
                CompositionErrorCodes.LookupReturnsList,
                $"The lookup field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must not return a list.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
