namespace Gql.Federation;

/// <summary>The names of the GraphQL Composite Schemas source schema directives (and the Apollo ones derived from them).</summary>
public static class FederationDirectiveNames
{
    public const string Key = "key";
    public const string Lookup = "lookup";
    public const string Internal = "internal";
    public const string Inaccessible = "inaccessible";
    public const string Is = "is";
    public const string Require = "require";
    public const string Shareable = "shareable";
    public const string Provides = "provides";
    public const string External = "external";
    public const string Override = "override";

    /// <summary>Apollo Federation's field-level form of <c>@require</c>.</summary>
    public const string Requires = "requires";

    /// <summary>The scalar of <c>@key(fields:)</c> and <c>@provides(fields:)</c>.</summary>
    public const string FieldSelectionSet = "FieldSelectionSet";

    /// <summary>The scalar of <c>@is(field:)</c> and <c>@require(field:)</c>.</summary>
    public const string FieldSelectionMap = "FieldSelectionMap";

    /// <summary>Every source schema directive name.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Key, Lookup, Internal, Inaccessible, Is, Require, Shareable, Provides, External, Override,
    };
}
