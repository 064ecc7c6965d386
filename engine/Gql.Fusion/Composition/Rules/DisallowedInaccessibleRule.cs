using Gql.Federation;

namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// DISALLOWED_INACCESSIBLE: the specified scalars and the introspection types are part of every
/// GraphQL schema and cannot be hidden. Checked on the SDL before the schema is built, because
/// their definitions in SDL stand for the built-in types.
/// </summary>
internal static class DisallowedInaccessibleRule
{
    public static bool Validate(string schemaName, DocumentNode document, CompositionLog log)
    {
        var valid = true;
        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name.Value;
            var builtIn = BuiltInScalars.IsSpecified(name) || name.StartsWith("__", StringComparison.Ordinal);
            if (builtIn && DirectiveReader.Has(definition.Directives, FederationDirectiveNames.Inaccessible))
            {
                log.Error(
                    CompositionErrorCodes.DisallowedInaccessible,
                    $"The built-in type '{name}' in schema '{schemaName}' is not allowed to be inaccessible.",
                    schemaName,
                    name);
                valid = false;
            }
        }

        return valid;
    }
}
