using Gql.Federation;

namespace Gql.Fusion.Composition.Rules;

/// <summary>Reads <c>@override(from:)</c> of a field.</summary>
internal static class OverrideDirective
{
    /// <summary>The name of the schema the field is taken over from, or null when the field has no <c>@override</c>.</summary>
    public static string? From(OutputField field)
        => DirectiveReader.StringArgument(field.Directives, FederationDirectiveNames.Override, "from");

    public static bool IsOverridden(OutputField field) => DirectiveReader.Has(field.Directives, FederationDirectiveNames.Override);
}
