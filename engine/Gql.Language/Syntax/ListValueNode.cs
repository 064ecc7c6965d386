namespace Gql.Language.Syntax;

public sealed record ListValueNode(Location? Location, IReadOnlyList<ValueNode> Values) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
