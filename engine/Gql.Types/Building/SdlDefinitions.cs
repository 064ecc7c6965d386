using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>The type system definitions and extensions of all documents given to a builder, in document order.</summary>
internal sealed class SdlDefinitions
{
    public List<SchemaDefinitionNode> SchemaDefinitions { get; } = [];

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    public List<TypeDefinitionNode> TypeDefinitions { get; } = [];

    public List<TypeExtensionNode> TypeExtensions { get; } = [];

    public List<DirectiveDefinitionNode> DirectiveDefinitions { get; } = [];

    public List<ExecutableDefinitionNode> ExecutableDefinitions { get; } = [];

    /// <summary>The first definition of each type name.</summary>
    public Dictionary<string, TypeDefinitionNode> TypesByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<TypeExtensionNode>> ExtensionsByName { get; } = new(StringComparer.Ordinal);

    public static SdlDefinitions Collect(IEnumerable<DocumentNode> documents)
    {
        var result = new SdlDefinitions();
        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    result.SchemaDefinitions.Add(schema);
                    break;
                case SchemaExtensionNode schemaExtension:
                    result.SchemaExtensions.Add(schemaExtension);
                    break;
                case TypeDefinitionNode type:
                    result.TypeDefinitions.Add(type);
                    result.TypesByName.TryAdd(type.Name.Value, type);
                    break;
                case TypeExtensionNode extension:
                    result.TypeExtensions.Add(extension);
                    if (!result.ExtensionsByName.TryGetValue(extension.Name.Value, out var list))
                    {
                        result.ExtensionsByName[extension.Name.Value] = list = [];
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    result.DirectiveDefinitions.Add(directive);
                    break;
                case ExecutableDefinitionNode executable:
                    result.ExecutableDefinitions.Add(executable);
                    break;
            }
        }

        return result;
    }

    public IReadOnlyList<TypeExtensionNode> GetExtensions(string typeName)
        => ExtensionsByName.TryGetValue(typeName, out var list) ? list : [];
}
