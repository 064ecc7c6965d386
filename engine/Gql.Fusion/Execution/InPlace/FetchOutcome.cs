using System.Text.Json;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// What one fetch of an in-place merge left: its (kept) subgraph response and where in it the
/// answers are. Root fetches give a <c>data</c> object; entity fetches the entities they met in
/// traversal order and one answer element per group. Read only once complete: requests of the
/// same plan that got the same (shared) answer use the same outcome (<see cref="SharedCollection"/>).
/// </summary>
internal sealed class FetchOutcome(SubgraphResponse response, EntityRequestKind kind)
{
    public SubgraphResponse Response { get; } = response;

    public EntityRequestKind Kind { get; } = kind;

    /// <summary>False when the in-place writer cannot use it (a failure, errors, an answer not as asked): the result is then replayed.</summary>
    public bool Readable { get; set; } = true;

    /// <summary>Root fetch: the response's <c>data</c> object (undefined when it has none).</summary>
    public JsonElement Data { get; set; }

    /// <summary>Entity fetch: the groups' variable values as sent.</summary>
    public JsonEntityKeys? Keys { get; init; }

    /// <summary>Entity fetch: the objects at the fetch's path, in traversal order.</summary>
    public List<EntityOccurrence> Occurrences { get; init; } = [];

    /// <summary>Entity fetch: the answer object of each group (undefined when the subgraph gave none).</summary>
    public JsonElement[] Answers { get; set; } = [];
}
