namespace Gql.Language.Syntax;

public sealed record SchemaDefinitionNode(Location? Location, StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
