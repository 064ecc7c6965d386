namespace Gql.Fusion.Composition.Rules;

/// <summary>EXTERNAL_ON_INTERFACE: interface fields are never resolved, so they cannot be <c>@external</c>.</summary>
internal sealed class ExternalOnInterfaceRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Fields(schema).Where(m => m.Type is InterfaceType && DirectiveReader.IsExternal(m.Field.Directives)))
        {
            log.Error(
                CompositionErrorCodes.ExternalOnInterface,
                $"The interface field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must not be marked as external.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
