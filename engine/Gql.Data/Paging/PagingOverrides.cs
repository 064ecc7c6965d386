namespace Gql.Data;

/// <summary>The paging options one attribute sets; the others come from the schema-wide <see cref="PagingOptions"/>.</summary>
internal sealed class PagingOverrides
{
    public int? MaxPageSize { get; set; }

    public int? DefaultPageSize { get; set; }

    public bool? IncludeTotalCount { get; set; }

    public bool? RequirePagingBoundaries { get; set; }

    public PagingOptions ApplyTo(PagingOptions defaults)
    {
        var options = defaults.Copy();
        options.MaxPageSize = MaxPageSize ?? options.MaxPageSize;
        options.DefaultPageSize = DefaultPageSize ?? options.DefaultPageSize;
        options.IncludeTotalCount = IncludeTotalCount ?? options.IncludeTotalCount;
        options.RequirePagingBoundaries = RequirePagingBoundaries ?? options.RequirePagingBoundaries;
        return options;
    }
}
