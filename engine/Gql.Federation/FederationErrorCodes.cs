namespace Gql.Federation;

/// <summary>The <c>extensions.code</c> values of errors raised by entity and node resolution.</summary>
public static class FederationErrorCodes
{
    /// <summary>A representation passed to <c>_entities</c> has no <c>__typename</c> or names no entity type of this subgraph.</summary>
    public const string InvalidRepresentation = "INVALID_ENTITY_REPRESENTATION";

    /// <summary>No lookup field (or node resolver) can resolve the entity from the fields given.</summary>
    public const string EntityResolverNotFound = "ENTITY_RESOLVER_NOT_FOUND";

    /// <summary>A global object id is not base64 of <c>TypeName:key</c>, or names a type that does not implement <c>Node</c>.</summary>
    public const string InvalidNodeId = "INVALID_NODE_ID";
}
