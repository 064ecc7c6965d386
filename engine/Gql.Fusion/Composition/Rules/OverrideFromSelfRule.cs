namespace Gql.Fusion.Composition.Rules;

/// <summary>OVERRIDE_FROM_SELF: a field cannot take over ownership from its own schema.</summary>
internal sealed class OverrideFromSelfRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Fields(schema).Where(m => OverrideDirective.From(m.Field) == schema.Name))
        {
            log.Error(
                CompositionErrorCodes.OverrideFromSelf,
                $"The @override directive on field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must not reference the same schema.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
