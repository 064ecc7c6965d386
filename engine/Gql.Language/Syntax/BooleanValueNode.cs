namespace Gql.Language.Syntax;

public sealed record BooleanValueNode(Location? Location, bool Value) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
