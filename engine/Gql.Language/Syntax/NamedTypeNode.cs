namespace Gql.Language.Syntax;

public sealed record NamedTypeNode(Location? Location, NameNode Name) : TypeNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
