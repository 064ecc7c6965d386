namespace Gql.Language.Syntax;

public sealed record ScalarTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
