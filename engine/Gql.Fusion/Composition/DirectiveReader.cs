using Gql.Federation;

namespace Gql.Fusion.Composition;

/// <summary>Reads the Composite Schemas directives applied to source schema members.</summary>
internal static class DirectiveReader
{
    public static bool Has(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<DirectiveNode> All(IReadOnlyList<DirectiveNode> directives, string name)
        => directives.Where(d => d.Name.Value == name);

    public static ValueNode? Argument(DirectiveNode directive, string argument)
        => directive.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;

    /// <summary>The string value of <c>@directive(argument:)</c>, or null when absent or not a string.</summary>
    public static string? StringArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument)
        => directives.FirstOrDefault(d => d.Name.Value == directive) is { } applied && Argument(applied, argument) is StringValueNode value
            ? value.Value
            : null;

    public static bool IsInaccessible(IReadOnlyList<DirectiveNode> directives) => Has(directives, FederationDirectiveNames.Inaccessible);

    public static bool IsInternal(IReadOnlyList<DirectiveNode> directives) => Has(directives, FederationDirectiveNames.Internal);

    public static bool IsExternal(IReadOnlyList<DirectiveNode> directives) => Has(directives, FederationDirectiveNames.External);

    public static bool IsShareable(IReadOnlyList<DirectiveNode> directives) => Has(directives, FederationDirectiveNames.Shareable);

    public static bool IsLookup(IReadOnlyList<DirectiveNode> directives) => Has(directives, FederationDirectiveNames.Lookup);
}
