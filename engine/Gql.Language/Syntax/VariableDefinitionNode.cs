namespace Gql.Language.Syntax;

public sealed record VariableDefinitionNode(Location? Location, VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description (draft spec: descriptions on executable definitions), if any.</summary>
    public StringValueNode? Description { get; init; }
}
