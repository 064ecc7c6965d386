using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>KEY_FIELDS_SELECT_INVALID_TYPE: key fields must not be lists, interfaces or unions.</summary>
internal sealed class KeyFieldsSelectInvalidTypeRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var key in KeyDirective.Parsed(schema))
        {
            SelectionWalker.Walk(key.Type, key.Selection!, (parent, _, field) =>
            {
                if (field is not null && (field.Type.IsListType() || field.Type.NamedType() is InterfaceType or UnionType))
                {
                    log.Error(
                        CompositionErrorCodes.KeyFieldsSelectInvalidType,
                        $"A @key directive on type '{key.Type.Name}' in schema '{schema.Name}' references field '{Coordinates.Of(parent, field)}', which must not be a list, interface, or union type.",
                        schema.Name,
                        Coordinates.Of(parent, field));
                }
            });
        }
    }
}
