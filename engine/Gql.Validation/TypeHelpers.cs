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
