namespace Gql.Language.Syntax;

/// <summary>A named type definition.</summary>
public abstract record TypeDefinitionNode(Location? Location) : TypeSystemDefinitionNode(Location)
{
    public abstract StringValueNode? Description { get; init; }

    public abstract NameNode Name { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}
