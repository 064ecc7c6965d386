namespace Gql.Language.Syntax;

public sealed record SelectionSetNode(Location? Location, IReadOnlyList<SelectionNode> Selections) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
