namespace Gql.AspNetCore;

/// <summary>
/// The request parameters of GraphQL over HTTP; <see cref="VariableSets"/> is set instead of
/// <see cref="Variables"/> for a variable batch (<c>"variables": [{...}, {...}]</c>).
/// </summary>
internal readonly record struct RequestParameters(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyList<IReadOnlyDictionary<string, object?>>? VariableSets,
    IReadOnlyDictionary<string, object?>? Extensions,
    string? DocumentId);
