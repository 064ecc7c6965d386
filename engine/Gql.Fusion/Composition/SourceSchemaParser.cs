using Gql.Federation;
using Gql.Fusion.Composition.Rules;

namespace Gql.Fusion.Composition;

/// <summary>
/// Turns a source schema's SDL into a <see cref="SourceSchema"/>: the SDL must parse and be a valid
/// GraphQL schema (INVALID_GRAPHQL), the spec's selection scalars must be scalars
/// (TYPE_DEFINITION_INVALID) and built-in types must not be hidden (DISALLOWED_INACCESSIBLE). The
/// Composite Schemas directives and scalars may be used without being declared; their spec
/// definitions are added when missing.
/// </summary>
internal static class SourceSchemaParser
{
    public static SourceSchema? Parse(SourceSchemaText source, CompositionLog log)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source.Sdl, new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue });
        }
        catch (GraphQLSyntaxException ex)
        {
            log.Error(CompositionErrorCodes.InvalidGraphQL, $"The source schema '{source.Name}' is not valid GraphQL: {ex.Message}", source.Name);
            return null;
        }

        var typeNames = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        var directiveNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    typeNames.TryAdd(type.Name.Value, type);
                    break;
                case DirectiveDefinitionNode directive:
                    directiveNames.Add(directive.Name.Value);
                    break;
            }
        }

        if (!HasValidSelectionScalars(source.Name, typeNames, log) | !DisallowedInaccessibleRule.Validate(source.Name, document, log))
        {
            return null;
        }

        var missing = new List<DefinitionNode>();
        foreach (var (name, definition) in SourceSchemaDirectives.Definitions)
        {
            if (!directiveNames.Contains(name))
            {
                missing.AddRange(Parser.Parse(definition).Definitions);
            }
        }

        foreach (var scalar in new[] { FederationDirectiveNames.FieldSelectionSet, FederationDirectiveNames.FieldSelectionMap })
        {
            if (!typeNames.ContainsKey(scalar))
            {
                missing.AddRange(Parser.Parse("scalar " + scalar).Definitions);
            }
        }

        try
        {
            var schema = SchemaBuilder.New()
                .AddDocument(document with { Definitions = [.. document.Definitions, .. missing] })
                .Build();
            return new SourceSchema(source.Name, schema);
        }
        catch (SchemaException ex)
        {
            foreach (var error in ex.Errors)
            {
                log.Error(CompositionErrorCodes.InvalidGraphQL, $"The source schema '{source.Name}' is not a valid GraphQL schema: {error.Message}", source.Name);
            }

            return null;
        }
    }

    private static bool HasValidSelectionScalars(string schemaName, Dictionary<string, TypeDefinitionNode> types, CompositionLog log)
    {
        var valid = true;
        foreach (var name in new[] { FederationDirectiveNames.FieldSelectionSet, FederationDirectiveNames.FieldSelectionMap })
        {
            if (types.TryGetValue(name, out var definition) && definition is not ScalarTypeDefinitionNode)
            {
                log.Error(
                    CompositionErrorCodes.TypeDefinitionInvalid,
                    $"The type '{name}' in schema '{schemaName}' must be the scalar the Composite Schemas spec defines.",
                    schemaName,
                    name);
                valid = false;
            }
        }

        return valid;
    }
}
