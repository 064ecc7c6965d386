namespace Gql.Data;

/// <summary>The <c>CollectionSegmentInfo</c> of an offset page.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
