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

    /// <summary>Adds an entity unless the group has it already (an object shared by several places is met once per place).</summary>
    public void Add(Dictionary<string, object?> entity)
    {
        foreach (var known in _entities)
        {
            if (ReferenceEquals(known, entity))
            {
                return;
            }
        }

        _entities.Add(entity);
    }

    public void Merge(JsonElement data, bool keepRawStrings)
    {
        if (_entities.Count == 1)
        {
            ResultMerger.Merge(_entities[0], data, keepRawStrings);
            return;
        }

        // Converted once, and every entity of the group takes the converted objects and lists
        // themselves: they are the same entity at several places of the result, so whatever later
        // fetches add below them is the same at each place (and is merged once: the collector
        // visits a shared object once).
        var converted = (Dictionary<string, object?>)ResultMerger.ToValue(data, keepRawStrings)!;
        foreach (var entity in _entities)
        {
            ResultMerger.Merge(entity, converted);
        }
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

        var placedMarkers = _entities.Count > 1 ? new Dictionary<int, GraphQLException>() : null;
        foreach (var entity in _entities)
        {
            var path = hasErrors ? EntityCollector.PathOf(context.Root, fetch, entity) : [];
            ResultMerger.PlaceErrors(context, response, entity, path, skip, hasData, fetch, batchIndex, alias, placedMarkers);
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
