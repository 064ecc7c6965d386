namespace Gql.Data;

/// <summary>A paging field's options, known once the schema build completes (options may be set after the type is added).</summary>
internal sealed class PagingSettings
{
    public PagingOptions Options { get; set; } = new();
}
