namespace Gql.Language.Syntax;

/// <summary>A string literal; Value holds the cooked string (escapes and block indentation resolved).</summary>
public sealed record StringValueNode(Location? Location, string Value, bool Block) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
