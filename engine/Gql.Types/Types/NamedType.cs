using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name) : IType
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    /// <summary>Directives applied to the type in its definition (and extensions).</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>The SDL the type came from, when it was built from SDL.</summary>
    public TypeDefinitionNode? SyntaxNode { get; set; }

    /// <summary>The SDL extensions (<c>extend type ...</c>) applied to the type.</summary>
    public List<TypeExtensionNode> ExtensionSyntaxNodes { get; } = [];

    public abstract TypeKind Kind { get; }

    /// <summary>Arbitrary metadata for libraries built on the engine (federation keys, paging, ...).</summary>
    public Dictionary<string, object?> ContextData { get; } = [];

    public override string ToString() => Name;
}
