namespace Gql.Data;

/// <summary>A page of offset paging (<c>skip</c>/<c>take</c>).</summary>
public sealed class CollectionSegment(IReadOnlyList<object> items, CollectionSegmentInfo pageInfo, int? totalCount = null)
{
    public IReadOnlyList<object> Items { get; } = items;

    public CollectionSegmentInfo PageInfo { get; } = pageInfo;

    public int? TotalCount { get; } = totalCount;
}
