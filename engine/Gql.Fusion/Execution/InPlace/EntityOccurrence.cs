using System.Text.Json;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// An object an entity fetch met at its path, in traversal order: the subgraph element it was met
/// as, and the group (key) whose answer completes it, or -1 when it was skipped (another
/// <c>__typename</c>, no key value).
/// </summary>
internal readonly record struct EntityOccurrence(JsonElement Entity, int Group);
