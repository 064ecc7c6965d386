namespace Gql.AspNetCore;

/// <summary>The <c>payload</c> of a <c>subscribe</c> message: the GraphQL request parameters.</summary>
internal sealed record SubscribePayload(
    string Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);
