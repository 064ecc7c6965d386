using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Federation;

/// <summary>
/// Checks a <c>@key(fields:)</c> selection against its type when the schema is built: the Composite
/// Schemas rules "Key Invalid Syntax" (it parses as a selection set) and "Key Invalid Fields"
/// (every selected field exists, and only composite fields have sub-selections).
/// </summary>
internal static class KeyFieldsValidator
{
    public static void Validate(ComplexOutputType type, string fields)
    {
        SelectionSetNode selectionSet;
        try
        {
            var document = Parser.Parse("{" + fields + "}", new ParserOptions { NoLocations = true });
            selectionSet = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
        }
        catch (GraphQLSyntaxException ex)
        {
            throw Error($"The @key(fields: \"{fields}\") of \"{type.Name}\" is not a selection set: {ex.Message} (Key Invalid Syntax).");
        }

        Check(type, type, fields, selectionSet);
    }

    private static void Check(ComplexOutputType entity, ComplexOutputType type, string fields, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is not FieldNode node)
            {
                throw Error($"The @key(fields: \"{fields}\") of \"{entity.Name}\" may only select fields (Key Invalid Fields).");
            }

            var field = type.Fields[node.Name.Value]
                ?? throw Error($"The @key(fields: \"{fields}\") of \"{entity.Name}\" selects \"{node.Name.Value}\", which is not a field of \"{type.Name}\" (Key Invalid Fields).");
            var fieldType = field.Type.NamedType();
            if (node.SelectionSet is { } nested)
            {
                if (fieldType is not ComplexOutputType complex)
                {
                    throw Error($"The @key(fields: \"{fields}\") of \"{entity.Name}\" selects subfields of \"{type.Name}.{field.Name}\", which is a leaf (Key Invalid Fields).");
                }

                Check(entity, complex, fields, nested);
            }
            else if (fieldType is ComplexOutputType)
            {
                throw Error($"The @key(fields: \"{fields}\") of \"{entity.Name}\" must select subfields of \"{type.Name}.{field.Name}\" (Key Invalid Fields).");
            }
        }
    }

    private static SchemaException Error(string message) => new([GraphQLError.WithCode(message, ErrorCodes.SchemaInvalid)]);
}
