namespace Gql.Language.Syntax;

public sealed record OperationDefinitionNode(Location? Location, OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The description (draft spec: descriptions on executable definitions), if any.</summary>
    public StringValueNode? Description { get; init; }
}
