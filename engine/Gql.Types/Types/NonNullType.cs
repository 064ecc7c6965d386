namespace Gql.Types;

/// <summary>A non-null <see cref="OfType"/>; never wraps another non-null type.</summary>
public sealed class NonNullType : IType
{
    public NonNullType(IType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public IType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}
