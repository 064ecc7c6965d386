namespace Gql.Language.Syntax;

/// <summary>A whole document: executable and/or type system definitions.</summary>
public sealed record DocumentNode(Location? Location, IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}
