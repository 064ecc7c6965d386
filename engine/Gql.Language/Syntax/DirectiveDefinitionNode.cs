namespace Gql.Language.Syntax;

public sealed record DirectiveDefinitionNode(Location? Location, StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool IsRepeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
