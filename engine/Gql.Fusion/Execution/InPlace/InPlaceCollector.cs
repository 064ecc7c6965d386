using System.Runtime.InteropServices;
using System.Text.Json;
using Gql.Fusion.Planning;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// Finds the entities an entity fetch completes in the subgraph answers themselves (no merged
/// tree): walks the fetch's path from the root fetches' data, taking at each object the answers
/// earlier entity fetches gave for it, and groups the entities by their variable values (as
/// <see cref="EntityCollector"/> does over a merged tree, in the same order, so a replay into
/// dictionaries finds the same groups).
/// </summary>
internal sealed class InPlaceCollector
{
    private static readonly byte[] TypeName = "__typename"u8.ToArray();

    private readonly FetchNode _fetch;
    private readonly FetchOutcome?[] _outcomes;
    private readonly PlanLayout _layout;
    private readonly byte[][] _path;
    private readonly byte[][][] _sourcePaths;
    private readonly SourceStack _sources;
    private readonly JsonElement[] _values;
    private readonly int _keyCount;

    private InPlaceCollector(FetchNode fetch, FetchOutcome?[] outcomes, PlanLayout layout, SourceStack sources)
    {
        _fetch = fetch;
        _outcomes = outcomes;
        _layout = layout;
        _path = layout.PathNames(fetch.Id);
        _sourcePaths = layout.SourcePaths(fetch.Id);
        _sources = sources;
        _values = new JsonElement[fetch.EntityVariables.Count];
        _keyCount = fetch.Lookup!.Arguments.Count;
        Keys = new JsonEntityKeys(_values.Length);
    }

    public JsonEntityKeys Keys { get; }

    public List<EntityOccurrence> Occurrences { get; } = [];

    /// <summary>False when the answers did not fit together as a merged tree would (values of different kinds at one place, lists of different lengths): the result is then replayed into dictionaries.</summary>
    public bool Consistent { get; private set; } = true;

    /// <summary>Collects the entities of <paramref name="fetch"/>; call under the context's lock.</summary>
    public static InPlaceCollector Collect(FetchNode fetch, FetchOutcome?[] outcomes, PlanLayout layout)
    {
        var sources = SourceStack.Rent(outcomes.Length);
        try
        {
            var collector = new InPlaceCollector(fetch, outcomes, layout, sources);
            foreach (var root in layout.RootFetches)
            {
                if (outcomes[root] is { Data.ValueKind: JsonValueKind.Object } outcome)
                {
                    sources.Push(outcome.Data);
                }
            }

            if (sources.Count > 0)
            {
                collector.WalkObject(0, 0, sources.Count);
            }

            return collector;
        }
        finally
        {
            sources.Return();
        }
    }

    private void WalkObject(int depth, int start, int count)
    {
        if (!_sources.PushAnswers(_layout.AnswersAt(_fetch.Id, depth), _outcomes, start, ref count))
        {
            Consistent = false;
            return;
        }

        if (depth == _path.Length)
        {
            AddEntity(start, count);
            return;
        }

        var top = _sources.Count;
        var found = _sources.PushProperty(start, count, _path[depth]);
        WalkValues(depth + 1, top, found);
        _sources.PopTo(top);
    }

    // The values of one field in several sources: objects merge, lists merge item by item.
    private void WalkValues(int depth, int start, int count)
    {
        var kind = JsonValueKind.Null;
        var nonNull = 0;
        for (var i = start; i < start + count; i++)
        {
            var itemKind = _sources[i].ValueKind;
            if (itemKind == JsonValueKind.Null)
            {
                continue;
            }

            if (nonNull++ > 0 && itemKind != kind)
            {
                Consistent = false;
                return;
            }

            kind = itemKind;
        }

        if (nonNull != count && nonNull > 0)
        {
            // A null in one source and a value in another: a merged tree keeps whichever came last.
            Consistent = false;
            return;
        }

        if (kind == JsonValueKind.Object)
        {
            WalkObject(depth, start, count);
        }
        else if (kind == JsonValueKind.Array)
        {
            WalkLists(depth, start, count);
        }
    }

    private void WalkLists(int depth, int start, int count)
    {
        var top = _sources.Count;
        if (count == 1)
        {
            foreach (var item in _sources[start].EnumerateArray())
            {
                _sources.Push(item);
                WalkValues(depth, top, 1);
                _sources.PopTo(top);
            }

            return;
        }

        var length = _sources[start].GetArrayLength();
        for (var i = start + 1; i < start + count; i++)
        {
            if (_sources[i].GetArrayLength() != length)
            {
                Consistent = false;
                return;
            }
        }

        for (var index = 0; index < length; index++)
        {
            for (var i = start; i < start + count; i++)
            {
                _sources.Push(_sources[i][index]);
            }

            WalkValues(depth, top, count);
            _sources.PopTo(top);
        }
    }

    private void AddEntity(int start, int count)
    {
        var entity = _sources[start];
        var typeName = FindTypeNameAndValues(start, count);
        if (typeName.ValueKind == JsonValueKind.String && !typeName.ValueEquals(_fetch.EntityType))
        {
            Occurrences.Add(new EntityOccurrence(entity, -1));
            return;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            var value = _values[i];
            var path = _sourcePaths[i];
            for (var segment = 1; segment < path.Length && value.ValueKind != JsonValueKind.Undefined; segment++)
            {
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(path[segment], out value))
                {
                    value = default;
                }
            }

            if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null && i < _keyCount)
            {
                Occurrences.Add(new EntityOccurrence(entity, -1));
                return;
            }

            _values[i] = value;
        }

        Occurrences.Add(new EntityOccurrence(entity, Keys.GroupOf(_values)));
    }

    // One pass over the entity's properties in every source: its __typename and the first step
    // of each variable's path (the first non-null value in source order, as a merged tree has it).
    private JsonElement FindTypeNameAndValues(int start, int count)
    {
        JsonElement typeName = default;
        Array.Clear(_values);
        for (var source = start; source < start + count; source++)
        {
            foreach (var property in _sources[source].EnumerateObject())
            {
                var name = JsonMarshal.GetRawUtf8PropertyName(property);
                if (typeName.ValueKind == JsonValueKind.Undefined && name.SequenceEqual(TypeName))
                {
                    typeName = property.Value.ValueKind == JsonValueKind.Null ? default : property.Value;
                    continue;
                }

                for (var i = 0; i < _values.Length; i++)
                {
                    if (_values[i].ValueKind is JsonValueKind.Undefined or JsonValueKind.Null && name.SequenceEqual(_sourcePaths[i][0]))
                    {
                        _values[i] = property.Value;
                    }
                }
            }
        }

        return typeName;
    }
}
