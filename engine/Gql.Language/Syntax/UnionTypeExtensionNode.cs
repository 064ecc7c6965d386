namespace Gql.Language.Syntax;

public sealed record UnionTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}
