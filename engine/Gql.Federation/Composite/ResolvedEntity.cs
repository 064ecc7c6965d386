namespace Gql.Federation;

/// <summary>The object type an entity or node value was resolved as, and the representation it came from (for <c>_entities</c>).</summary>
internal sealed record ResolvedEntity(ObjectType Type, IReadOnlyDictionary<string, object?>? Representation);
