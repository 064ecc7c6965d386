namespace Gql.Data;

/// <summary>The <c>PageInfo</c> of a connection.</summary>
public sealed record ConnectionPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
