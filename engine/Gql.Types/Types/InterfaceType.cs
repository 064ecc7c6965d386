namespace Gql.Types;

/// <summary>An interface type (spec section 3.7).</summary>
public sealed class InterfaceType(string name) : ComplexOutputType(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    public ResolveAbstractTypeDelegate? ResolveType { get; set; }
}
