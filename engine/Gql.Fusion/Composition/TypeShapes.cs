namespace Gql.Fusion.Composition;

/// <summary>The spec's type comparisons and merges: SameTypeShape, LeastRestrictiveType, MostRestrictiveType.</summary>
internal static class TypeShapes
{
    /// <summary>Same named type and list structure; nullability may differ.</summary>
    public static bool SameShape(IType a, IType b)
    {
        a = a.NullableType();
        b = b.NullableType();
        return (a, b) switch
        {
            (ListType listA, ListType listB) => SameShape(listA.OfType, listB.OfType),
            (NamedType namedA, NamedType namedB) => namedA.Name == namedB.Name,
            _ => false,
        };
    }

    /// <summary>Exactly the same type, nullability included.</summary>
    public static bool SameType(IType a, IType b) => a.Print() == b.Print();

    /// <summary>For output positions: nullable where either side is nullable (types must have the same shape).</summary>
    public static TypeNode LeastRestrictive(TypeNode a, TypeNode b) => Merge(a, b, nullableWhenEither: true);

    /// <summary>For input positions: non-null where either side is non-null (types must have the same shape).</summary>
    public static TypeNode MostRestrictive(TypeNode a, TypeNode b) => Merge(a, b, nullableWhenEither: false);

    public static TypeNode ToSyntax(IType type) => type switch
    {
        NonNullType nonNull => new NonNullTypeNode(null, ToSyntax(nonNull.OfType)),
        ListType list => new ListTypeNode(null, ToSyntax(list.OfType)),
        NamedType named => new NamedTypeNode(null, new NameNode(null, named.Name)),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    private static TypeNode Merge(TypeNode a, TypeNode b, bool nullableWhenEither)
    {
        var nonNullA = a is NonNullTypeNode;
        var nonNullB = b is NonNullTypeNode;
        var innerA = a is NonNullTypeNode wrappedA ? wrappedA.Type : a;
        var innerB = b is NonNullTypeNode wrappedB ? wrappedB.Type : b;
        var nonNull = nullableWhenEither ? nonNullA && nonNullB : nonNullA || nonNullB;
        TypeNode merged = innerA is ListTypeNode listA && innerB is ListTypeNode listB
            ? new ListTypeNode(null, Merge(listA.Type, listB.Type, nullableWhenEither))
            : innerA;
        return nonNull ? new NonNullTypeNode(null, merged) : merged;
    }
}
