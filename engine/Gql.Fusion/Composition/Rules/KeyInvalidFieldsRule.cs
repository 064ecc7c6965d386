using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// KEY_INVALID_FIELDS: every field a <c>@key</c> selects exists on its parent type, and sub-selections
/// are made exactly on object and interface fields.
/// </summary>
internal sealed class KeyInvalidFieldsRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var key in KeyDirective.Parsed(schema))
        {
            SelectionWalker.Walk(key.Type, key.Selection!, (parent, node, field) =>
            {
                if (Problem(parent, node, field) is { } problem)
                {
                    log.Error(
                        CompositionErrorCodes.KeyInvalidFields,
                        $"A @key directive on type '{key.Type.Name}' in schema '{schema.Name}' {problem} (fields: \"{key.Fields}\").",
                        schema.Name,
                        key.Type.Name);
                }
            });
        }
    }

    private static string? Problem(ComplexOutputType parent, FieldNode node, OutputField? field)
    {
        if (field is null)
        {
            return $"selects the field '{parent.Name}.{node.Name.Value}', which does not exist";
        }

        var isComposite = field.Type.NamedType() is ComplexOutputType;
        return (node.SelectionSet is null, isComposite) switch
        {
            (false, false) => $"selects subfields of the leaf field '{parent.Name}.{field.Name}'",
            (true, true) => $"must select subfields of '{parent.Name}.{field.Name}'",
            _ => null,
        };
    }
}
