using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>KEY_DIRECTIVE_IN_FIELDS_ARG: the selection of <c>@key(fields:)</c> must not apply directives.</summary>
internal sealed class KeyDirectiveInFieldsArgRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var key in KeyDirective.Parsed(schema).Where(k => FieldSelectionSetParser.HasDirective(k.Selection!)))
        {
            log.Error(
                CompositionErrorCodes.KeyDirectiveInFieldsArg,
                $"A @key directive on type '{key.Type.Name}' in schema '{schema.Name}' references field(s) with applied directives (\"{key.Fields}\").",
                schema.Name,
                key.Type.Name);
        }
    }
}
