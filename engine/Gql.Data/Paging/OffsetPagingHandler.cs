using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>Pages an <c>IQueryable&lt;T&gt;</c> with OFFSET/LIMIT into a <see cref="CollectionSegment"/>.</summary>
internal sealed class OffsetPagingHandler<T>(PagingSettings settings) : IPagingHandler
{
    public async ValueTask<object?> ExecuteAsync(IResolverContext context, object? result)
    {
        if (result is CollectionSegment segment)
        {
            return segment;
        }

        var options = settings.Options;
        var skip = context.ArgumentValue<int?>("skip") ?? 0;
        var take = context.ArgumentValue<int?>("take");
        PagingArguments.CheckSize("skip", skip, new PagingOptions { MaxPageSize = int.MaxValue });
        PagingArguments.CheckSize("take", take, options);
        if (take is null && options.RequirePagingBoundaries)
        {
            throw DataErrors.Create("You must pass \"take\" to page this collection.", DataErrorCodes.PagingBoundariesRequired);
        }

        var size = take ?? options.DefaultPageSize;
        var query = QueryExecution.AsQueryable<T>(result);
        var ct = context.RequestAborted;
        int? totalCount = PagingSelections.IsSelected(context, "totalCount")
            ? await QueryExecution.CountAsync(query, ct).ConfigureAwait(false)
            : null;
        var page = skip > 0 ? query.Skip(skip) : query;
        var items = await QueryExecution.ToListAsync(page.Take(size + 1), ct).ConfigureAwait(false);
        var hasNext = items.Count > size;
        if (hasNext)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new CollectionSegment(items.Cast<object>().ToList(), new CollectionSegmentInfo(hasNext, skip > 0), totalCount);
    }
}
