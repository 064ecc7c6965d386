namespace Gql.Language.Syntax;

public sealed record FieldNode(Location? Location, NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The key of this field in the response: the alias when present, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
