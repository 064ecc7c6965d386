using System.Text.Json;
using Gql.Language;

namespace Gql.Fusion.Execution;

/// <summary>What one subgraph request produced: the parsed body, or the error that replaces it.</summary>
internal readonly struct SubgraphResponse(JsonDocument? body, GraphQLError? failure) : IDisposable
{
    public JsonDocument? Body { get; } = body;

    /// <summary>Set when the subgraph was unavailable, timed out or did not answer with JSON.</summary>
    public GraphQLError? Failure { get; } = failure;

    public void Dispose() => Body?.Dispose();
}
