namespace Gql.Language.Syntax;

/// <summary>The root of every AST node. Nodes are immutable; rewrite with <c>with</c> expressions.</summary>
public abstract record SyntaxNode(Location? Location)
{
    public abstract SyntaxKind Kind { get; }

    /// <summary>The node as GraphQL source (graphql-js <c>print()</c>), e.g. for debugging and messages.</summary>
    public sealed override string ToString() => SyntaxPrinter.Print(this);
}
