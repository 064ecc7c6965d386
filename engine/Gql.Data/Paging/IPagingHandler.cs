using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>Turns what the rest of a field's pipeline produced into one page.</summary>
internal interface IPagingHandler
{
    ValueTask<object?> ExecuteAsync(IResolverContext context, object? result);
}
