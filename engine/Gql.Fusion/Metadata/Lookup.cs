using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>
/// A <c>@lookup</c> field through which the planner fetches an entity from a subgraph by key
/// (Composite Schemas spec, "Lookup").
/// </summary>
public sealed record Lookup
{
    /// <summary>The subgraph that has the lookup field.</summary>
    public required string Subgraph { get; init; }

    /// <summary>The entity type the lookup returns (or an abstract type the entity belongs to).</summary>
    public required string EntityType { get; init; }

    /// <summary>The lookup field's name (<c>productById</c>).</summary>
    public required string FieldName { get; init; }

    /// <summary>The lookup field's return type in the subgraph.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>Its arguments, each filled from a key field of the entity.</summary>
    public required IReadOnlyList<LookupArgument> Arguments { get; init; }

    /// <summary>
    /// Fields from the query root to the type that declares the lookup; empty for lookups on
    /// <c>Query</c> itself (the only ones the planner uses today).
    /// </summary>
    public IReadOnlyList<string> Path { get; init; } = [];

    /// <summary>
    /// A batch lookup: one list argument of keys and a list result in the same order
    /// (<c>productsByIds(ids: [ID!]!): [Product]!</c>). Otherwise the planner batches with variable batching.
    /// </summary>
    public bool IsBatch { get; init; }

    /// <summary>The lookup is <c>@internal</c> in its subgraph (only the gateway may use it).</summary>
    public bool IsInternal { get; init; }
}
