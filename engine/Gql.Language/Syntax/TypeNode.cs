namespace Gql.Language.Syntax;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract record TypeNode(Location? Location) : SyntaxNode(Location);
