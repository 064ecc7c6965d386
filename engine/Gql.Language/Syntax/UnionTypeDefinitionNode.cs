namespace Gql.Language.Syntax;

public sealed record UnionTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}
