namespace Gql.Data;

/// <summary>Schema-wide paging defaults (<c>ModifyPagingOptions</c>); each <c>[UsePaging]</c> may override them.</summary>
public sealed class PagingOptions
{
    /// <summary>The largest <c>first</c>/<c>last</c>/<c>take</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>The page size when the client gives neither <c>first</c> nor <c>last</c> (or no <c>take</c>).</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Adds <c>totalCount: Int!</c> to connection and collection segment types.</summary>
    public bool IncludeTotalCount { get; set; }

    /// <summary>Rejects requests that give neither <c>first</c> nor <c>last</c>.</summary>
    public bool RequirePagingBoundaries { get; set; }

    internal PagingOptions Copy() => (PagingOptions)MemberwiseClone();
}
