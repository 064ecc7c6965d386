namespace Gql.Language.Syntax;

public sealed record ScalarTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
