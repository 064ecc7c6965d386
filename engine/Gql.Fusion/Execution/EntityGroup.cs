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
        if (_entities.Count == 1)
        {
            ResultMerger.Merge(_entities[0].Entity, data);
            return;
        }

        // Converted once; the other entities get copies of its objects and lists (strings and
        // boxes shared), and the first takes the converted tree itself, last.
        var converted = (Dictionary<string, object?>)ResultMerger.ToValue(data)!;
        for (var i = 1; i < _entities.Count; i++)
        {
            ResultMerger.Merge(_entities[i].Entity, converted, copy: true);
        }

        ResultMerger.Merge(_entities[0].Entity, converted, copy: false);
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
