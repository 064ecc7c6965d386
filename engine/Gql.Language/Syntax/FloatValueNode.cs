namespace Gql.Language.Syntax;

/// <summary>A float literal, kept as written so no precision is lost before coercion.</summary>
public sealed record FloatValueNode(Location? Location, string Value) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
