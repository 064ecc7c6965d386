namespace Gql.Language.Syntax;

/// <summary>The root of every AST node. Nodes are immutable; rewrite with <c>with</c> expressions.</summary>
public abstract record SyntaxNode(Location? Location)
{
    public abstract SyntaxKind Kind { get; }
}
