using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>Applies the <c>where</c> argument to the query.</summary>
internal sealed class FilterTransform<T>(InputObjectType filterType, FilteringSettings settings) : IQueryTransform
{
    public object? Apply(IResolverContext context, object? result)
    {
        if (!context.Arguments.TryGetValue("where", out var where) || where is not IReadOnlyDictionary<string, object?> value || value.Count == 0)
        {
            return result;
        }

        var predicate = new FilterExpressionBuilder(settings.Options).Build<T>(filterType, value);
        return QueryExecution.AsQueryable<T>(result).Where(predicate);
    }
}
