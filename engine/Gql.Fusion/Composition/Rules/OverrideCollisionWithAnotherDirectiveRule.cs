namespace Gql.Fusion.Composition.Rules;

/// <summary>OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE: a field cannot both take over ownership and be <c>@external</c>.</summary>
internal sealed class OverrideCollisionWithAnotherDirectiveRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Fields(schema).Where(m => OverrideDirective.IsOverridden(m.Field) && DirectiveReader.IsExternal(m.Field.Directives)))
        {
            log.Error(
                CompositionErrorCodes.OverrideCollisionWithAnotherDirective,
                $"The @override directive on field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must not be combined with @external.",
                schema.Name,
                Coordinates.Of(type, field));
        }
    }
}
