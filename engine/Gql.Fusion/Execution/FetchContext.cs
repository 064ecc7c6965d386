using Gql.Language;
using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Execution;

/// <summary>The state of one request's plan execution: the merged result and errors that have no field to sit on.</summary>
internal sealed class FetchContext(IReadOnlyDictionary<string, object?>? variables, IReadOnlyList<KeyValuePair<string, StringValues>> headers)
{
    /// <summary>The merged data of every fetch, keyed by response names; the root value of the executor.</summary>
    public Dictionary<string, object?> Root { get; } = new(StringComparer.Ordinal);

    /// <summary>Taken while reading or merging <see cref="Root"/> (fetches complete on several threads).</summary>
    public object Sync => Root;

    /// <summary>The client's variables as sent (forwarded to subgraphs unchanged).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; } = variables;

    /// <summary>The caller's headers to pass on.</summary>
    public IReadOnlyList<KeyValuePair<string, StringValues>> Headers { get; } = headers;

    /// <summary>
    /// Whether identical subgraph requests in flight may be sent once and their answer shared:
    /// queries only (never mutations, whose every request must reach the subgraph).
    /// </summary>
    public bool MayShareSubgraphRequests { get; init; }

    /// <summary>Whether the operation is a mutation: its subgraph requests get the subgraph's mutation timeout, when it has one.</summary>
    public bool IsMutation { get; init; }

    /// <summary>
    /// Whether long string values stay elements of the subgraph answers instead of being decoded
    /// into strings (the direct writer copies their UTF-8): the answers are then kept until
    /// <see cref="ReleaseResponses"/>, and <see cref="ResultMerger.MaterializeRawStrings"/> decodes
    /// them before anything else reads the result.
    /// </summary>
    public bool KeepsRawStrings { get; init; }

    /// <summary>
    /// With an in-place merge (queries and mutations written directly): what each fetch left, by
    /// fetch id, instead of a merged <see cref="Root"/>; <see cref="PlanExecutor.Replay"/> merges
    /// them into <see cref="Root"/> when the in-place writer cannot write the response. Null: fetches merge into <see cref="Root"/>.
    /// </summary>
    public InPlace.FetchOutcome?[]? Outcomes { get; init; }

    /// <summary>The plan being run (set with <see cref="Outcomes"/>).</summary>
    public Planning.QueryPlan? Plan { get; init; }

    /// <summary>Set when an in-place merge met something only the merged tree handles (a failed fetch, subgraph errors, answers that do not fit together).</summary>
    public bool NeedsReplay { get; set; }

    private List<SubgraphResponse>? _kept;

    public List<GraphQLError>? Errors { get; private set; }

    /// <summary>Disposes a subgraph response once merged, or keeps it while the result refers to its elements.</summary>
    public void Release(SubgraphResponse response)
    {
        if (!KeepsRawStrings || response.Body is null)
        {
            response.Dispose();
            return;
        }

        lock (Sync)
        {
            (_kept ??= []).Add(response);
        }
    }

    /// <summary>Disposes the kept subgraph responses (after the response was written or its raw strings decoded).</summary>
    public void ReleaseResponses()
    {
        List<SubgraphResponse>? kept;
        lock (Sync)
        {
            kept = _kept;
            _kept = null;
        }

        if (kept is not null)
        {
            foreach (var response in kept)
            {
                response.Dispose();
            }
        }
    }

    public void AddError(GraphQLError error) => (Errors ??= []).Add(error);
}
