namespace Gql.Language.Syntax;

public sealed record NullValueNode(Location? Location) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
