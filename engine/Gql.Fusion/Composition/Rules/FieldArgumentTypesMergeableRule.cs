namespace Gql.Fusion.Composition.Rules;

/// <summary>FIELD_ARGUMENT_TYPES_NOT_MERGEABLE: same-named arguments of same-named fields have the same type shape.</summary>
internal sealed class FieldArgumentTypesMergeableRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            var seen = new Dictionary<string, (SourceSchema Schema, Argument Argument)>(StringComparer.Ordinal);
            foreach (var (schema, field) in fields)
            {
                foreach (var argument in field.Arguments)
                {
                    if (!seen.TryGetValue(argument.Name, out var first))
                    {
                        seen[argument.Name] = (schema, argument);
                    }
                    else if (!TypeShapes.SameShape(first.Argument.Type, argument.Type))
                    {
                        log.Error(
                            CompositionErrorCodes.FieldArgumentTypesNotMergeable,
                            $"The argument '{typeName}.{fieldName}({argument.Name}:)' has a different type shape in schema '{first.Schema.Name}' ({first.Argument.Type.Print()}) than it does in schema '{schema.Name}' ({argument.Type.Print()}).",
                            schema.Name,
                            $"{typeName}.{fieldName}({argument.Name}:)");
                    }
                }
            }
        }
    }
}
