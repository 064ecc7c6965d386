namespace Gql.Language.Syntax;

public sealed record DirectiveNode(Location? Location, NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
