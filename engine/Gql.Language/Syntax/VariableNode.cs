namespace Gql.Language.Syntax;

public sealed record VariableNode(Location? Location, NameNode Name) : ValueNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
