namespace Gql.Language.Syntax;

public sealed record InputObjectTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
