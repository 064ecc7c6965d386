namespace Gql.Language.Syntax;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode(Location? Location) : SyntaxNode(Location)
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
