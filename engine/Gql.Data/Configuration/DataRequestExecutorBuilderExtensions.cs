using Gql.AspNetCore;

namespace Gql.Data;

/// <summary>The Hot Chocolate names for turning the data features on in a GraphQL server.</summary>
public static class DataRequestExecutorBuilderExtensions
{
    /// <summary>Filtering with <c>[UseFiltering]</c>; <paramref name="configure"/> changes its limits.</summary>
    public static IRequestExecutorBuilder AddFiltering(this IRequestExecutorBuilder builder, Action<FilteringOptions>? configure = null)
        => builder.ConfigureSchema(schema => schema.ModifyFilteringOptions(options => configure?.Invoke(options)));

    /// <summary>Sorting with <c>[UseSorting]</c> (no settings; kept for Hot Chocolate parity).</summary>
    public static IRequestExecutorBuilder AddSorting(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    /// <summary>Projections with <c>[UseProjection]</c> (no settings; kept for Hot Chocolate parity).</summary>
    public static IRequestExecutorBuilder AddProjections(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    /// <summary>Changes the paging defaults of every <c>[UsePaging]</c> and <c>[UseOffsetPaging]</c> field.</summary>
    public static IRequestExecutorBuilder ModifyPagingOptions(this IRequestExecutorBuilder builder, Action<PagingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ConfigureSchema(schema => schema.ModifyPagingOptions(configure));
    }
}
