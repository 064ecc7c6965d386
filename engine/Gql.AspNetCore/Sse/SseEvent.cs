using Gql.Execution;

namespace Gql.AspNetCore;

/// <summary>An event for a single-connection stream: <c>next</c> with a result, or <c>complete</c> when <see cref="Result"/> is null.</summary>
internal readonly record struct SseEvent(string OperationId, ExecutionResult? Result);
