using Gql.Language;

namespace Gql.Execution;

/// <summary>A non-null error a map propagates once its pending fields settle (with any further errors of the same exception).</summary>
internal sealed record DeferredFailure(GraphQLError Error, List<GraphQLError>? More);
