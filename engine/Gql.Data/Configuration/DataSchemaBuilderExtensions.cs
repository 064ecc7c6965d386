using Gql.Types;

namespace Gql.Data;

/// <summary>Data options on a plain <see cref="SchemaBuilder"/> (without them the attributes use the defaults).</summary>
public static class DataSchemaBuilderExtensions
{
    public static SchemaBuilder ModifyPagingOptions(this SchemaBuilder builder, Action<PagingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = DataContextData.GetPagingOptions(builder.ContextData);
        configure(options);
        builder.ContextData[DataContextData.PagingOptions] = options;
        return builder;
    }

    public static SchemaBuilder ModifyFilteringOptions(this SchemaBuilder builder, Action<FilteringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = DataContextData.GetFilteringOptions(builder.ContextData);
        configure(options);
        builder.ContextData[DataContextData.FilteringOptions] = options;
        return builder;
    }
}
