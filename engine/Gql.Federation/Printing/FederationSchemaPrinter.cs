using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Federation;

/// <summary>
/// Prints a subgraph's schema for composition: as a GraphQL Composite Schemas source schema
/// (applied <c>@key</c>, <c>@lookup</c>, ... and their definitions) or as an Apollo Federation 2
/// subgraph SDL (<c>extend schema @link(...)</c>, Apollo's directive forms). Both leave out the
/// Apollo plumbing: <c>_service</c>, <c>_entities</c>, <c>_Any</c>, <c>_Entity</c> and <c>_Service</c>.
/// </summary>
public static class FederationSchemaPrinter
{
    private static readonly HashSet<string> PlumbingTypes = ["_Any", "_Entity", "_Service"];
    private static readonly HashSet<string> PlumbingFields = ["_service", "_entities"];

    /// <summary>The source schema SDL (what a Fusion-style composition reads).</summary>
    public static string PrintSourceSchema(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return SyntaxPrinter.Print(ParseWithoutPlumbing(schema));
    }

    /// <summary>The Apollo Federation 2 subgraph SDL (what <c>_service { sdl }</c> returns).</summary>
    public static string PrintApolloSubgraph(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var referenceResolved = schema.Types.Values
            .Where(t => t.ContextData.ContainsKey(ReferenceResolution.ResolverKey))
            .Select(t => t.Name);
        return SyntaxPrinter.Print(ApolloSubgraphDocument.Create(ParseWithoutPlumbing(schema), schema.QueryType.Name, referenceResolved));
    }

    private static DocumentNode ParseWithoutPlumbing(Schema schema)
    {
        var sdl = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true, SchemaDirectivesAsExtension = true });
        var document = Parser.Parse(sdl, new ParserOptions { NoLocations = true, MaxTokens = int.MaxValue, MaxDepth = int.MaxValue });
        var definitions = new List<DefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type when PlumbingTypes.Contains(type.Name.Value):
                    break;
                case ObjectTypeDefinitionNode type when type.Name.Value == schema.QueryType.Name:
                    definitions.Add(type with { Fields = type.Fields.Where(f => !PlumbingFields.Contains(f.Name.Value)).ToArray() });
                    break;
                default:
                    definitions.Add(definition);
                    break;
            }
        }

        return document with { Definitions = definitions };
    }
}
