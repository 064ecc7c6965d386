namespace Gql.Fusion.Composition;

/// <summary>Settings of a composition run.</summary>
public sealed record CompositionOptions
{
    /// <summary>
    /// Apply the spec's INVALID_FIELD_SHARING rule: a non-key field resolved by several source schemas
    /// must be <c>@shareable</c>. On by default; turn off only to compose subgraphs that share value
    /// types (such as <c>PageInfo</c>) without declaring them shareable.
    /// </summary>
    public bool RequireShareableFields { get; init; } = true;
}
