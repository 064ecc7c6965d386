namespace Gql.Language.Syntax;

/// <summary>An input value literal or a variable.</summary>
public abstract record ValueNode(Location? Location) : SyntaxNode(Location);
