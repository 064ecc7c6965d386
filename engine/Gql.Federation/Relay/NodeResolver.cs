namespace Gql.Federation;

/// <summary>A compiled <see cref="NodeResolverAttribute"/> method: the CLR type of its key and the call.</summary>
internal sealed record NodeResolver(Type KeyType, Func<IResolverContext, object?, ValueTask<object?>> Load);
