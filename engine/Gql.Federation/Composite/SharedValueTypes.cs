using Gql.Language;

namespace Gql.Federation;

/// <summary>Marks built object types <c>@shareable</c> after the fact (see <c>AddShareableTypes</c>).</summary>
internal static class SharedValueTypes
{
    public static DirectiveDefinition ShareableDefinition()
    {
        var definition = new DirectiveDefinition(FederationDirectiveNames.Shareable) { IsRepeatable = true };
        definition.Locations.Add(DirectiveLocation.Object);
        definition.Locations.Add(DirectiveLocation.FieldDefinition);
        return definition;
    }

    public static void MarkShareable(Schema schema, IEnumerable<string> typeNames)
    {
        foreach (var name in typeNames)
        {
            if (schema.GetType(name) is not ObjectType type)
            {
                throw new SchemaException([new GraphQLError($"AddShareableTypes: the schema has no object type named \"{name}\".")]);
            }

            if (!type.Directives.Exists(d => d.Name.Value == FederationDirectiveNames.Shareable))
            {
                type.Directives.Add(SourceSchemaDirectives.Create(FederationDirectiveNames.Shareable));
            }
        }
    }
}
