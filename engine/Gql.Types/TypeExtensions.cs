using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>Predicates and comparisons over types (graphql-js definition.ts and typeComparators.ts).</summary>
public static class TypeExtensions
{
    /// <summary>The named type under any list and non-null wrappers.</summary>
    public static NamedType NamedType(this IType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unknown type {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IType type) => type is NonNullType;

    public static bool IsList(this IType type) => type is ListType;

    /// <summary>Whether the type is a list, also when wrapped in non-null.</summary>
    public static bool IsListType(this IType type) => type.NullableType() is ListType;

    public static bool IsNamed(this IType type) => type is NamedType;

    public static bool IsInputType(this IType type)
        => type.NamedType() is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(this IType type)
        => type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this IType type) => type.NamedType() is ScalarType or EnumType;

    /// <summary>Whether the type (unwrapped of non-null only) is a leaf type.</summary>
    public static bool IsLeaf(this IType type) => type.NullableType() is ScalarType or EnumType;

    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this IType type) => type is InterfaceType or UnionType;

    /// <summary>Whether an argument or input field must be given: non-null and without a default.</summary>
    public static bool IsRequired(this InputValue value) => value.Type is NonNullType && value.DefaultValue is null;

    /// <summary>The type as written in SDL, e.g. <c>[String!]!</c>.</summary>
    public static string Print(this IType type) => type.ToString() ?? string.Empty;

    /// <summary>Whether two types are the same type (same named type and the same wrappers).</summary>
    public static bool IsEqualType(this IType typeA, IType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        return (typeA, typeB) switch
        {
            (NonNullType a, NonNullType b) => IsEqualType(a.OfType, b.OfType),
            (ListType a, ListType b) => IsEqualType(a.OfType, b.OfType),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always a valid value of
    /// <paramref name="superType"/> (covariant field types of interface implementations).
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType()
            && maybeSubType is InterfaceType or ObjectType
            && IsSubType(schema, (NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type or an implementation of <paramref name="abstractType"/>.</summary>
    public static bool IsSubType(Schema schema, NamedType abstractType, NamedType maybeSubType) => maybeSubType switch
    {
        ObjectType objectType => schema.IsPossibleType(abstractType, objectType),
        InterfaceType interfaceType when abstractType is InterfaceType superInterface
            => schema.GetImplementations(superInterface).Contains(interfaceType),
        _ => false,
    };

    /// <summary>Whether two composite types can have an object type in common (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
            {
                foreach (var possible in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsPossibleType(typeB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return typeB is ObjectType objectB && schema.IsPossibleType(typeA, objectB);
        }

        return typeB.IsAbstractType() && typeA is ObjectType objectA && schema.IsPossibleType(typeB, objectA);
    }

    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public static IType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
