namespace Gql.Language.Syntax;

/// <summary>A schema or type extension.</summary>
public abstract record TypeSystemExtensionNode(Location? Location) : DefinitionNode(Location)
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
