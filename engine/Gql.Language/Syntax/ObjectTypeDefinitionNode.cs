namespace Gql.Language.Syntax;

public sealed record ObjectTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}
