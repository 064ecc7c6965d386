using Gql.Language;

namespace Gql.Federation;

/// <summary>
/// Checks a <c>@lookup</c> field when the schema is built: each argument, by its name or its plain
/// <c>@is</c> path, must name a field of the returned object or interface type (Composite Schemas
/// rules "Is Invalid Fields" and "Lookup Argument ... must match a field on the return type"), and a
/// lookup must not return a list ("Lookup Returns List").
/// </summary>
internal static class LookupValidator
{
    public static void Validate(ComplexOutputType declaringType, OutputField field)
    {
        if (field.Type is ListType or NonNullType { OfType: ListType })
        {
            throw Error($"The lookup {declaringType.Name}.{field.Name} returns a list; a lookup returns one entity (Lookup Returns List).");
        }

        if (field.Type.NamedType() is not ComplexOutputType returned)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            var map = LookupIndex.GetStringArgument(argument.Directives, FederationDirectiveNames.Is, "field") ?? argument.Name;
            if (map.IndexOfAny(['{', '}', '|', '<', '>', ':', '(']) >= 0)
            {
                continue;
            }

            ComplexOutputType type = returned;
            foreach (var segment in map.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var target = type.Fields[segment]
                    ?? throw Error($"The argument \"{argument.Name}\" of the lookup {declaringType.Name}.{field.Name} maps to \"{map}\", but \"{type.Name}\" has no field \"{segment}\" (Is Invalid Fields).");
                if (target.Type.NamedType() is ComplexOutputType next)
                {
                    type = next;
                }
            }
        }
    }

    private static SchemaException Error(string message) => new([GraphQLError.WithCode(message, ErrorCodes.SchemaInvalid)]);
}
