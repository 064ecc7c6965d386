namespace Gql.Language.Syntax;

public sealed record FragmentDefinitionNode(Location? Location, NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
