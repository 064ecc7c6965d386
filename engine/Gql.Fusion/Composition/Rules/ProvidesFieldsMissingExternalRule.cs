using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>PROVIDES_FIELDS_MISSING_EXTERNAL: a field is only provided when the schema does not resolve it anyway (<c>@external</c>).</summary>
internal sealed class ProvidesFieldsMissingExternalRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var provides in ProvidesDirective.All(schema).Where(p => p.Selection is not null))
        {
            if (provides.Field.Type.NamedType() is not ComplexOutputType providedType)
            {
                continue;
            }

            SelectionWalker.Walk(providedType, provides.Selection!, (parent, _, field) =>
            {
                if (field is not null && !DirectiveReader.IsExternal(field.Directives))
                {
                    log.Error(
                        CompositionErrorCodes.ProvidesFieldsMissingExternal,
                        $"The @provides directive on field '{provides.Coordinate}' in schema '{schema.Name}' references field '{Coordinates.Of(parent, field)}', which must be marked as external.",
                        schema.Name,
                        provides.Coordinate);
                }
            });
        }
    }
}
