namespace Gql.Fusion.Metadata;

/// <summary>One subgraph that can resolve a field of a composite type.</summary>
public sealed record FieldSource
{
    /// <summary>The subgraph's name.</summary>
    public required string Subgraph { get; init; }

    /// <summary>Arguments the gateway fills from other fields of the object (<c>@require</c>).</summary>
    public IReadOnlyList<FieldRequirement> Requirements { get; init; } = [];

    /// <summary>
    /// The field is <c>@internal</c> in this subgraph: the planner may use it for keys,
    /// lookups and requirements, never to answer a client's selection.
    /// </summary>
    public bool IsInternal { get; init; }
}
