namespace Gql.Fusion.Composition.Rules;

/// <summary>OVERRIDE_ON_INTERFACE: interface fields have no resolver whose ownership could move.</summary>
internal sealed class OverrideOnInterfaceRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Fields(schema).Where(m => m.Type is InterfaceType && OverrideDirective.IsOverridden(m.Field)))
        {
            log.Error(
                CompositionErrorCodes.OverrideOnInterface,
                $"The interface field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must not be annotated with the @override directive.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
