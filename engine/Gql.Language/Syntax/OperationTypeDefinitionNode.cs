namespace Gql.Language.Syntax;

public sealed record OperationTypeDefinitionNode(Location? Location, OperationType Operation, NamedTypeNode Type) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
