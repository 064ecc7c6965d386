namespace Gql.Language.Syntax;

public sealed record FragmentSpreadNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
