namespace Gql.Language.Syntax;

public sealed record InlineFragmentNode(Location? Location, NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
