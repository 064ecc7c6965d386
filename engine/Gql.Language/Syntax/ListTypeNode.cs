namespace Gql.Language.Syntax;

public sealed record ListTypeNode(Location? Location, TypeNode Type) : TypeNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
