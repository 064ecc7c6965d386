namespace Gql.Language.Syntax;

/// <summary>An extension of a named type.</summary>
public abstract record TypeExtensionNode(Location? Location) : TypeSystemExtensionNode(Location)
{
    public abstract NameNode Name { get; init; }
}
