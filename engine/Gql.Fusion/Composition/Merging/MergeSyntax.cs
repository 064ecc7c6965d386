namespace Gql.Fusion.Composition.Merging;

/// <summary>Builds the syntax nodes of the merged public schema.</summary>
internal static class MergeSyntax
{
    public static NameNode Name(string value) => new(null, value);

    public static NamedTypeNode NamedType(string name) => new(null, Name(name));

    /// <summary>The first non-null description (the spec's rule for every merged member).</summary>
    public static StringValueNode? Description(IEnumerable<string?> descriptions)
        => descriptions.FirstOrDefault(d => d is not null) is { } description
            ? new StringValueNode(null, description, description.Contains('\n', StringComparison.Ordinal))
            : null;

    /// <summary><c>@deprecated</c> with the first deprecation reason any source gives, or nothing.</summary>
    public static IReadOnlyList<DirectiveNode> Deprecation(IEnumerable<string?> reasons)
    {
        if (reasons.FirstOrDefault(r => r is not null) is not { } reason)
        {
            return [];
        }

        IReadOnlyList<ArgumentNode> arguments = reason == BuiltInDirectives.DefaultDeprecationReason
            ? []
            : [new ArgumentNode(null, Name("reason"), new StringValueNode(null, reason, false))];
        return [new DirectiveNode(null, Name("deprecated"), arguments)];
    }

    public static DirectiveNode Directive(string name, params (string Name, ValueNode Value)[] arguments)
        => new(null, Name(name), arguments.Select(a => new ArgumentNode(null, Name(a.Name), a.Value)).ToArray());

    /// <summary>The names in first-appearance order.</summary>
    public static IReadOnlyList<string> Union(IEnumerable<string> names) => names.Distinct(StringComparer.Ordinal).ToArray();
}
