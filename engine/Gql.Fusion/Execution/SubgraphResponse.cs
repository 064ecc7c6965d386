using System.Text.Json;
using Gql.Language;

namespace Gql.Fusion.Execution;

/// <summary>
/// What one subgraph request produced: the parsed body, or the error that replaces it. A response
/// shared by de-duplicated requests is read by each caller and its document freed by the last one.
/// </summary>
internal sealed class SubgraphResponse(JsonDocument? body, GraphQLError? failure) : IDisposable
{
    private int _owners = 1;

    public JsonDocument? Body { get; } = body;

    /// <summary>Set when the subgraph was unavailable, timed out or did not answer with JSON.</summary>
    public GraphQLError? Failure { get; } = failure;

    /// <summary>Makes <paramref name="count"/> more callers owners (each disposes once); only before it is handed out.</summary>
    public void AddOwners(int count) => Interlocked.Add(ref _owners, count);

    public void Dispose()
    {
        if (Interlocked.Decrement(ref _owners) == 0)
        {
            Body?.Dispose();
        }
    }
}
