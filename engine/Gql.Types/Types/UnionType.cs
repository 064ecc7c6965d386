namespace Gql.Types;

/// <summary>A union type (spec section 3.8).</summary>
public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;

    public List<ObjectType> Types { get; } = [];

    public ResolveAbstractTypeDelegate? ResolveType { get; set; }
}
