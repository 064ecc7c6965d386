namespace Gql.Language.Parsing;

/// <summary>The directive locations of spec section 3.13 (ExecutableDirectiveLocation and TypeSystemDirectiveLocation).</summary>
internal static class DirectiveLocations
{
    private static readonly HashSet<string> s_names = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    };

    public static bool IsValid(string name) => s_names.Contains(name);
}
