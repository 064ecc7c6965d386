namespace Gql.Fusion.Execution;

/// <summary>A subgraph request being sent on behalf of its first caller and the callers that joined it.</summary>
internal sealed class InFlightRequest
{
    public TaskCompletionSource<SubgraphResponse> Completion { get; } = new();

    /// <summary>Callers that joined after the first (guarded by the in-flight table's lock).</summary>
    public int Followers { get; set; }
}
