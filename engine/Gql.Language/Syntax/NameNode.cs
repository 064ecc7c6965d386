namespace Gql.Language.Syntax;

/// <summary>A name (section 2.1.9).</summary>
public sealed record NameNode(Location? Location, string Value) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;
}
