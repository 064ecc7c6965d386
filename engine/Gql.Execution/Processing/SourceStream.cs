namespace Gql.Execution;

/// <summary>The outcome of CreateSourceEventStream: the event stream, or an error result.</summary>
internal readonly record struct SourceStream(IAsyncEnumerable<object?>? Stream, ExecutionResult? Error);
