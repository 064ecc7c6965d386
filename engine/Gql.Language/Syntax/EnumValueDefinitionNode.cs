namespace Gql.Language.Syntax;

public sealed record EnumValueDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}
