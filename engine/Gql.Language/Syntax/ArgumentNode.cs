namespace Gql.Language.Syntax;

public sealed record ArgumentNode(Location? Location, NameNode Name, ValueNode Value) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
