namespace Gql.Language.Syntax;

public sealed record ObjectValueNode(Location? Location, IReadOnlyList<ObjectFieldNode> Fields) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
