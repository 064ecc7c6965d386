namespace Gql.Language.Syntax;

public sealed record InputObjectTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}
