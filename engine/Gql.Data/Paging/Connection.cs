namespace Gql.Data;

/// <summary>A page of a Relay connection (Cursor Connections spec): the edges, the page info and optionally the total count.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, ConnectionPageInfo pageInfo, int? totalCount = null)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;

    public ConnectionPageInfo PageInfo { get; } = pageInfo;

    /// <summary>The number of items across all pages, when it was asked for.</summary>
    public int? TotalCount { get; } = totalCount;
}
