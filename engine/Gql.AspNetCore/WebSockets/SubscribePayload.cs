namespace Gql.AspNetCore;

/// <summary>
/// The <c>payload</c> of a <c>subscribe</c> message: the GraphQL request parameters. The text may be left
/// out when a persisted document is named (<c>documentId</c>, or APQ's <c>extensions.persistedQuery</c>).
/// </summary>
internal sealed record SubscribePayload(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions,
    string? DocumentId = null);
