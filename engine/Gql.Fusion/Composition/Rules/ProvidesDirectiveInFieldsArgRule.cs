using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>PROVIDES_DIRECTIVE_IN_FIELDS_ARG: the selection of <c>@provides(fields:)</c> must not apply directives.</summary>
internal sealed class ProvidesDirectiveInFieldsArgRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var provides in ProvidesDirective.All(schema).Where(p => p.Selection is not null && FieldSelectionSetParser.HasDirective(p.Selection)))
        {
            log.Error(
                CompositionErrorCodes.ProvidesDirectiveInFieldsArg,
                $"The @provides directive on field '{provides.Coordinate}' in schema '{schema.Name}' references field(s) with applied directives (\"{provides.Fields}\").",
                schema.Name,
                provides.Coordinate);
        }
    }
}
