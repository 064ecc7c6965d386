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

    public List<GraphQLError>? Errors { get; private set; }

    public void AddError(GraphQLError error) => (Errors ??= []).Add(error);
}
