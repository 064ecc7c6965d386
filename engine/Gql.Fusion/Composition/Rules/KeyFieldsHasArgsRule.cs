using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>KEY_FIELDS_HAS_ARGS: a key must not select fields that are defined with arguments.</summary>
internal sealed class KeyFieldsHasArgsRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var key in KeyDirective.Parsed(schema))
        {
            SelectionWalker.Walk(key.Type, key.Selection!, (parent, node, field) =>
            {
                if (field is not null && (field.Arguments.Count > 0 || node.Arguments.Count > 0))
                {
                    log.Error(
                        CompositionErrorCodes.KeyFieldsHasArgs,
                        $"A @key directive on type '{key.Type.Name}' in schema '{schema.Name}' references field '{Coordinates.Of(parent, field)}', which must not have arguments.",
                        schema.Name,
                        Coordinates.Of(parent, field));
                }
            });
        }
    }
}
