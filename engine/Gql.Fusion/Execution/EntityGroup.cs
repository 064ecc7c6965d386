using System.Text.Json;
using Gql.Fusion.Planning;
using Gql.Language;

namespace Gql.Fusion.Execution;

/// <summary>The entities of one entity fetch that share their variable values (one lookup answers them all).</summary>
internal sealed class EntityGroup(object?[] values)
{
    private readonly List<Dictionary<string, object?>> _entities = [];

    /// <summary>The entity variables' values, in <see cref="FetchNode.EntityVariables"/> order.</summary>
    public object?[] Values { get; } = values;

    public void Add(Dictionary<string, object?> entity) => _entities.Add(entity);

    public void Merge(JsonElement data)
    {
        if (_entities.Count == 1)
        {
            ResultMerger.Merge(_entities[0], data);
            return;
        }

        // Converted once; the other entities get copies of its objects and lists (strings and
        // boxes shared), and the first takes the converted tree itself, last.
        var converted = (Dictionary<string, object?>)ResultMerger.ToValue(data)!;
        for (var i = 1; i < _entities.Count; i++)
        {
            ResultMerger.Merge(_entities[i], converted, copy: true);
        }

        ResultMerger.Merge(_entities[0], converted, copy: false);
    }

    public void PlaceErrors(FetchContext context, JsonElement response, bool hasData, FetchNode fetch, int skip, int batchIndex = -1, string? alias = null)
    {
        // With data and no errors there is nothing to place (the paths are only looked up for errors).
        var hasErrors = response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array;
        if (hasData && !hasErrors)
        {
            return;
        }

        foreach (var entity in _entities)
        {
            var path = hasErrors ? EntityCollector.PathOf(context.Root, fetch, entity) : [];
            ResultMerger.PlaceErrors(context, response, entity, path, skip, hasData, fetch, batchIndex, alias);
        }
    }

    public void MarkFailed(FetchNode fetch, GraphQLError failure)
    {
        foreach (var entity in _entities)
        {
            ResultMerger.MarkFailed(entity, fetch.ResponseNames, failure);
        }
    }
}
