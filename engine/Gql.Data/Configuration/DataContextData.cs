namespace Gql.Data;

/// <summary>Where the data options live in <see cref="Gql.Types.SchemaBuilder.ContextData"/>.</summary>
public static class DataContextData
{
    public const string PagingOptions = "Gql.Data.PagingOptions";

    public const string FilteringOptions = "Gql.Data.FilteringOptions";

    /// <summary>Marks a field whose outermost data middleware materializes the query asynchronously.</summary>
    internal const string Materialized = "Gql.Data.Materialized";

    /// <summary>The CLR property an input field or an object field reads.</summary>
    internal const string Member = "Gql.Data.Member";

    internal static PagingOptions GetPagingOptions(IDictionary<string, object?> contextData)
        => contextData.TryGetValue(PagingOptions, out var value) && value is Data.PagingOptions options ? options : new Data.PagingOptions();

    internal static FilteringOptions GetFilteringOptions(IDictionary<string, object?> contextData)
        => contextData.TryGetValue(FilteringOptions, out var value) && value is Data.FilteringOptions options ? options : new Data.FilteringOptions();
}
