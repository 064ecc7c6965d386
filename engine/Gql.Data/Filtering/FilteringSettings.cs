namespace Gql.Data;

/// <summary>A filtering field's options, known once the schema build completes.</summary>
internal sealed class FilteringSettings
{
    public FilteringOptions Options { get; set; } = new();
}
