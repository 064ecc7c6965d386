namespace Gql.Language.Syntax;

public sealed record EnumTypeDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}
