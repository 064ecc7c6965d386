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
}
