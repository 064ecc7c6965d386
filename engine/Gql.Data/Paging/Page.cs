namespace Gql.Data;

/// <summary>
/// One page of items with what paging needs to describe it (Hot Chocolate's <c>Page&lt;T&gt;</c>):
/// returned by <see cref="BatchPagingExtensions.ToBatchPageAsync"/> for each parent key, and turned
/// into a connection by <see cref="ToConnection"/> (a <c>[UsePaging]</c> resolver may return it as is).
/// </summary>
public sealed class Page<T>(IReadOnlyList<T> items, bool hasNextPage, bool hasPreviousPage, Func<T, string> createCursor, int? totalCount = null)
{
    public static Page<T> Empty { get; } = new([], false, false, _ => string.Empty);

    public IReadOnlyList<T> Items { get; } = items;

    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public int? TotalCount { get; } = totalCount;

    public string CreateCursor(T item) => createCursor(item);

    public Connection ToConnection()
    {
        var edges = Items.Select(item => new Edge(createCursor(item), item!)).ToList();
        return new Connection(edges, new ConnectionPageInfo(HasNextPage, HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), TotalCount);
    }
}
