namespace Gql.Language.Syntax;

public sealed record ObjectFieldNode(Location? Location, NameNode Name, ValueNode Value) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
