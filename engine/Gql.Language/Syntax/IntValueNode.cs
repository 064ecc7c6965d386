namespace Gql.Language.Syntax;

/// <summary>An integer literal, kept as written so no precision is lost before coercion.</summary>
public sealed record IntValueNode(Location? Location, string Value) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
