using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>The paging arguments of the current field, for resolvers that page themselves (DataLoaders with <c>ToBatchPageAsync</c>).</summary>
public static class PagingResolverContextExtensions
{
    /// <summary>
    /// The field's <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c>, checked against <paramref name="options"/>,
    /// else the field's <c>[UsePaging]</c> options, else the defaults.
    /// </summary>
    public static PagingArguments GetPagingArguments(this IResolverContext context, PagingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PagingArguments(
            context.ArgumentValue<int?>("first"),
            context.ArgumentValue<string?>("after"),
            context.ArgumentValue<int?>("last"),
            context.ArgumentValue<string?>("before")).Validate(options ?? (context.Field.ContextData.TryGetValue(DataContextData.PagingOptions, out var fieldOptions) && fieldOptions is PagingOptions paging ? paging : new PagingOptions()));
    }

    /// <summary>
    /// Whether the client selected <c>totalCount</c> on the field's connection or segment, so that a
    /// resolver paging itself counts the rows only when asked (a COUNT over a large table is not free).
    /// </summary>
    public static bool IsTotalCountSelected(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PagingSelections.IsSelected(context, "totalCount");
    }
}
