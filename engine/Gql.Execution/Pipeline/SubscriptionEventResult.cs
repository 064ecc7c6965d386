namespace Gql.Execution;

/// <summary>The result of one subscription event and the service scope it ran in (null when there is none).</summary>
internal readonly record struct SubscriptionEventResult(ExecutionResult Result, IAsyncDisposable? Scope);
