using System.Text.Json;
using Gql.Fusion.Planning;
using Gql.Language;

namespace Gql.Fusion.Execution;

/// <summary>The entities of one entity fetch that share their variable values (one lookup answers them all).</summary>
internal sealed class EntityGroup(object?[] values)
{
    private readonly List<(Dictionary<string, object?> Entity, object[] Path)> _entities = [];

    /// <summary>The entity variables' values, in <see cref="FetchNode.EntityVariables"/> order.</summary>
    public object?[] Values { get; } = values;

    public void Add(Dictionary<string, object?> entity, object[] path) => _entities.Add((entity, path));

    public void Merge(JsonElement data)
    {
        foreach (var (entity, _) in _entities)
        {
            ResultMerger.Merge(entity, data);
        }
    }

    public void PlaceErrors(FetchContext context, JsonElement response, bool hasData, FetchNode fetch, int skip, int batchIndex = -1, string? alias = null)
    {
        foreach (var (entity, path) in _entities)
        {
            ResultMerger.PlaceErrors(context, response, entity, path, skip, hasData, fetch, batchIndex, alias);
        }
    }

    public void MarkFailed(FetchNode fetch, GraphQLError failure)
    {
        foreach (var (entity, _) in _entities)
        {
            ResultMerger.MarkFailed(entity, fetch.ResponseNames, failure);
        }
    }
}
