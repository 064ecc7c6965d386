namespace Gql.Language.Syntax;

public sealed record FieldDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
