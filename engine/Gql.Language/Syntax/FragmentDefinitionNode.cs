namespace Gql.Language.Syntax;

public sealed record FragmentDefinitionNode(Location? Location, NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The description (draft spec: descriptions on executable definitions), if any.</summary>
    public StringValueNode? Description { get; init; }
}
