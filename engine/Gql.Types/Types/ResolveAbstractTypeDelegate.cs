using Gql.Types.Resolvers;

namespace Gql.Types;

/// <summary>Picks the object type of a value returned for an interface or union field.</summary>
public delegate ObjectType? ResolveAbstractTypeDelegate(IResolverContext context, object value);
