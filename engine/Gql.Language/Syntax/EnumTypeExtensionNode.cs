namespace Gql.Language.Syntax;

public sealed record EnumTypeExtensionNode(Location? Location, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode(Location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}
