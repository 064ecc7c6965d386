namespace Gql.Types.Resolvers;

/// <summary>Creates the source stream of a subscription root field; each item is one event.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);
