namespace Gql.Language.Syntax;

public sealed record EnumValueNode(Location? Location, string Value) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
