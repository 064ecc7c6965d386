namespace Gql.Language.Syntax;

/// <summary>A top-level definition of a document.</summary>
public abstract record DefinitionNode(Location? Location) : SyntaxNode(Location);
