namespace Gql.Fusion.Composition.Model;

/// <summary>How one source schema declares a field: its type there, and what the schema needs to resolve it.</summary>
internal sealed record ComposedFieldSource(
    string SchemaName,
    string Type,
    bool IsExternal,
    bool IsInternal,
    bool IsOverridden,
    IReadOnlyList<ComposedRequirement> Requirements,
    string? Provides)
{
    /// <summary>Whether this schema resolves the field: not <c>@external</c> and not taken over by another schema's <c>@override</c>.</summary>
    public bool CanResolve => !IsExternal && !IsOverridden;
}
