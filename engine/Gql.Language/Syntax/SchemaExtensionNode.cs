namespace Gql.Language.Syntax;

public sealed record SchemaExtensionNode(Location? Location, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
