using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>Helpers over type references (<c>[Product!]!</c>).</summary>
public static class TypeNodes
{
    /// <summary>The named type under lists and non-null.</summary>
    public static string NamedType(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedType(nonNull.Type),
        ListTypeNode list => NamedType(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>True when the type is a list (nullable or not).</summary>
    public static bool IsList(TypeNode type) => type is ListTypeNode || (type is NonNullTypeNode { Type: ListTypeNode });
}
