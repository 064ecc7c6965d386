using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation;

/// <summary>Type predicates and comparators of the spec (graphql-js <c>definition</c> and <c>typeComparators</c>).</summary>
internal static class TypeHelpers
{
    public static NamedType? GetNamedType(IType? type)
    {
        while (true)
        {
            switch (type)
            {
                case null:
                    return null;
                case NamedType named:
                    return named;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                case ListType list:
                    type = list.OfType;
                    break;
                default:
                    return null;
            }
        }
    }

    public static IType? GetNullableType(IType? type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsInputType(IType? type)
        => GetNamedType(type) is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(IType? type)
        => GetNamedType(type) is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(IType? type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(IType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(IType? type) => type is InterfaceType or UnionType;

    public static bool IsRequired(InputValue value) => value.Type is NonNullType && value.DefaultValue is null;

    public static IType? TypeFromAst(Schema schema, TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var item = TypeFromAst(schema, list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = TypeFromAst(schema, nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    public static bool IsEqualType(IType a, IType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        return (a, b) switch
        {
            (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
            (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
            _ => false,
        };
    }

    /// <summary>graphql-js <c>schema.isSubType</c>: whether <paramref name="maybeSubType"/> is a possible type of the abstract type.</summary>
    public static bool IsSubType(Schema schema, NamedType abstractType, NamedType maybeSubType)
    {
        if (abstractType is UnionType union)
        {
            foreach (var member in union.Types)
            {
                if (ReferenceEquals(member, maybeSubType))
                {
                    return true;
                }
            }

            return false;
        }

        if (abstractType is InterfaceType interfaceType && maybeSubType is ComplexOutputType complex)
        {
            return complex.Implements(interfaceType);
        }

        return false;
    }

    public static bool IsTypeSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        if (IsEqualType(maybeSubType, superType))
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

        return IsAbstractType(superType)
            && maybeSubType is InterfaceType or ObjectType
            && IsSubType(schema, (NamedType)superType, (NamedType)maybeSubType);
    }

    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (IsAbstractType(typeA))
        {
            if (IsAbstractType(typeB))
            {
                foreach (var possible in schema.GetPossibleTypes(typeA))
                {
                    if (IsSubType(schema, typeB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return IsSubType(schema, typeA, typeB);
        }

        return IsAbstractType(typeB) && IsSubType(schema, typeB, typeA);
    }

    public static string Print(IType type) => type switch
    {
        NonNullType nonNull => Print(nonNull.OfType) + "!",
        ListType list => "[" + Print(list.OfType) + "]",
        NamedType named => named.Name,
        _ => type.ToString() ?? string.Empty,
    };

    public static string Print(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NamedTypeNode named => named.Name.Value,
        _ => string.Empty,
    };
}
