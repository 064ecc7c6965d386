namespace Gql.Language.Syntax;

public sealed record InputValueDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
