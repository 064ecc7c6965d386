using Gql.Types.Resolvers;

namespace Gql.Types;

/// <summary>
/// Wraps a field's resolver: receives the next step of the pipeline and returns the step that runs
/// before it (paging, filtering, authorization, ...). The first middleware added runs outermost.
/// </summary>
public delegate FieldResolverDelegate FieldMiddleware(FieldResolverDelegate next);
