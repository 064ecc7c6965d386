using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>Changes the query a field's pipeline produced (filtering, sorting, projection).</summary>
internal interface IQueryTransform
{
    object? Apply(IResolverContext context, object? result);
}
