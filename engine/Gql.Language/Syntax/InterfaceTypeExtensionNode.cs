namespace Gql.Language.Syntax;

public sealed record InterfaceTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}
