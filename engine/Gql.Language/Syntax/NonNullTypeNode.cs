namespace Gql.Language.Syntax;

/// <summary>A non-null type; Type is a NamedTypeNode or a ListTypeNode.</summary>
public sealed record NonNullTypeNode(Location? Location, TypeNode Type) : TypeNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
