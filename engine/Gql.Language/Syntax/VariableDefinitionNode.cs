namespace Gql.Language.Syntax;

public sealed record VariableDefinitionNode(Location? Location, VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
