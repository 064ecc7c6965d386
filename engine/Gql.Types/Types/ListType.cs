namespace Gql.Types;

/// <summary>A list of <see cref="OfType"/>.</summary>
public sealed class ListType(IType ofType) : IType
{
    public IType OfType { get; } = ofType;

    public TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}
