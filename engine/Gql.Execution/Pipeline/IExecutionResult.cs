namespace Gql.Execution;

/// <summary>
/// What a request produces: a single <see cref="ExecutionResult"/> (queries, mutations, request
/// errors) or a <see cref="ResponseStream"/> (subscriptions).
/// </summary>
public interface IExecutionResult
{
    /// <summary>Request-level errors (empty for a stream that started).</summary>
    IReadOnlyList<Gql.Language.GraphQLError> Errors { get; }
}
