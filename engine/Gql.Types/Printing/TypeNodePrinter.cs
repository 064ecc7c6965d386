using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>Prints a type reference node (<c>[String!]!</c>).</summary>
internal static class TypeNodePrinter
{
    public static string Print(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => string.Empty,
    };
}
