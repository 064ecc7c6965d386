using Gql.Federation;

namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// EXTERNAL_COLLISION_WITH_ANOTHER_DIRECTIVE: an <c>@external</c> field is resolved elsewhere, so it
/// cannot also <c>@provides</c> fields or <c>@require</c> arguments.
/// </summary>
internal sealed class ExternalCollisionWithAnotherDirectiveRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var (type, field) in SchemaMembers.Fields(schema).Where(m => DirectiveReader.IsExternal(m.Field.Directives)))
        {
            var collides = DirectiveReader.Has(field.Directives, FederationDirectiveNames.Provides)
                || field.Arguments.Any(a => DirectiveReader.Has(a.Directives, FederationDirectiveNames.Require));
            if (collides)
            {
                log.Error(
                    CompositionErrorCodes.ExternalCollisionWithAnotherDirective,
                    $"The external field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' must not be annotated with @provides or have @require arguments.",
                    schema.Name,
                    Coordinates.Of(type, field));
            }
        }
    }
}
