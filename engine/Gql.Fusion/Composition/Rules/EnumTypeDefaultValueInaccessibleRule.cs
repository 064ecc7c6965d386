namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// ENUM_TYPE_DEFAULT_VALUE_INACCESSIBLE: a public argument or input field must not default to an enum
/// value (or an input field) that some source schema marks <c>@inaccessible</c>.
/// </summary>
internal sealed class EnumTypeDefaultValueInaccessibleRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        var hidden = new HashSet<(string Type, string Member)>();
        foreach (var schema in schemas)
        {
            foreach (var type in schema.Types)
            {
                var members = type switch
                {
                    EnumType e => e.Values.Where(v => DirectiveReader.IsInaccessible(v.Directives)).Select(v => v.Name),
                    InputObjectType i => i.Fields.Where(f => DirectiveReader.IsInaccessible(f.Directives)).Select(f => f.Name),
                    _ => [],
                };
                hidden.UnionWith(members.Select(m => (type.Name, m)));
            }
        }

        if (hidden.Count == 0)
        {
            return;
        }

        foreach (var schema in schemas)
        {
            foreach (var (type, field, argument) in SchemaMembers.Arguments(schema))
            {
                Check(schema, argument, Coordinates.Of(type, field, argument), hidden, log);
            }

            foreach (var input in schema.Types.OfType<InputObjectType>())
            {
                foreach (var field in input.Fields)
                {
                    Check(schema, field, Coordinates.Of(input, field), hidden, log);
                }
            }
        }
    }

    private static void Check(SourceSchema schema, InputValue value, string coordinate, HashSet<(string, string)> hidden, CompositionLog log)
    {
        if (value.DefaultValue is null || DirectiveReader.IsInaccessible(value.Directives) || FindHidden(value.DefaultValue, value.Type, hidden) is not { } member)
        {
            return;
        }

        log.Error(
            CompositionErrorCodes.EnumTypeDefaultValueInaccessible,
            $"The default value of '{coordinate}' in schema '{schema.Name}' references the inaccessible member '{member}'.",
            schema.Name,
            coordinate);
    }

    private static string? FindHidden(ValueNode value, IType type, HashSet<(string, string)> hidden)
    {
        var nullable = type.NullableType();
        switch (value)
        {
            case ListValueNode list when nullable is ListType listType:
                return list.Values.Select(v => FindHidden(v, listType.OfType, hidden)).FirstOrDefault(m => m is not null);
            case EnumValueNode enumValue when nullable is EnumType enumType:
                return hidden.Contains((enumType.Name, enumValue.Value)) ? enumType.Name + "." + enumValue.Value : null;
            case ObjectValueNode obj when nullable is InputObjectType input:
                foreach (var field in obj.Fields)
                {
                    if (hidden.Contains((input.Name, field.Name.Value)))
                    {
                        return input.Name + "." + field.Name.Value;
                    }

                    if (input.Fields[field.Name.Value] is { } definition && FindHidden(field.Value, definition.Type, hidden) is { } member)
                    {
                        return member;
                    }
                }

                return null;
            default:
                return nullable is ListType inner ? FindHidden(value, inner.OfType, hidden) : null;
        }
    }
}
