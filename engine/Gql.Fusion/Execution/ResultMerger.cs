using System.Runtime.InteropServices;
using System.Text.Json;
using Gql.Execution;
using Gql.Fusion.Planning;
using Gql.Language;

namespace Gql.Fusion.Execution;

/// <summary>Merges subgraph data into the gateway's result tree and puts subgraph errors where they belong.</summary>
internal static class ResultMerger
{
    /// <summary>
    /// Strings of at least this many bytes (quotes included) stay JSON elements when raw strings
    /// are kept: shorter ones (keys, names, enum values) cost no more as strings and are read by
    /// entity collection.
    /// </summary>
    public const int MinRawStringLength = 48;

    /// <summary>Copies the properties of a JSON object into <paramref name="target"/>; objects present on both sides are merged.</summary>
    public static void Merge(Dictionary<string, object?> target, JsonElement source, bool keepRawStrings = false)
    {
        foreach (var property in source.EnumerateObject())
        {
            var name = ResponseNames.Of(property);
            var value = property.Value;
            if (target.TryGetValue(name, out var existing))
            {
                if (existing is Dictionary<string, object?> existingMap && value.ValueKind == JsonValueKind.Object)
                {
                    Merge(existingMap, value, keepRawStrings);
                    continue;
                }

                if (existing is List<object?> existingList && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == existingList.Count)
                {
                    MergeList(existingList, value, keepRawStrings);
                    continue;
                }
            }

            target[name] = ToValue(value, keepRawStrings);
        }
    }

    /// <summary>
    /// Merges <paramref name="source"/> (made by <see cref="ToValue"/>) into <paramref name="target"/>
    /// like <see cref="Merge(Dictionary{string, object?}, JsonElement)"/>; its objects and lists are
    /// not copied, so one answer converted once can fill several targets that share them.
    /// </summary>
    public static void Merge(Dictionary<string, object?> target, Dictionary<string, object?> source)
    {
        foreach (var (name, value) in source)
        {
            if (target.TryGetValue(name, out var existing))
            {
                if (existing is Dictionary<string, object?> existingMap && value is Dictionary<string, object?> map)
                {
                    Merge(existingMap, map);
                    continue;
                }

                if (existing is List<object?> existingList && value is List<object?> list && list.Count == existingList.Count)
                {
                    MergeList(existingList, list);
                    continue;
                }
            }

            target[name] = value;
        }
    }

    /// <summary>
    /// The CLR shape of a subgraph's JSON value (as <c>JsonVariables.FromElement</c>), with shared
    /// names and boxes; with <paramref name="keepRawStrings"/>, long strings stay (boxed) elements.
    /// </summary>
    public static object? ToValue(JsonElement element, bool keepRawStrings = false)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                // Room for the fields later fetches add to an entity.
                var map = new Dictionary<string, object?>(element.GetPropertyCount() + 2, StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[ResponseNames.Of(property)] = ToValue(property.Value, keepRawStrings);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToValue(item, keepRawStrings));
                }

                return list;
            case JsonValueKind.String:
                return keepRawStrings && JsonMarshal.GetRawUtf8Value(element).Length >= MinRawStringLength ? element : element.GetString();
            case JsonValueKind.True:
                return BoxedValues.True;
            case JsonValueKind.False:
                return BoxedValues.False;
            case JsonValueKind.Number when element.TryGetInt32(out var number):
                return BoxedValues.Int(number);
            default:
                return JsonVariables.FromElement(element);
        }
    }

    private static void MergeList(List<object?> target, List<object?> source)
    {
        for (var i = 0; i < source.Count; i++)
        {
            var item = source[i];
            if (target[i] is Dictionary<string, object?> map && item is Dictionary<string, object?> sourceMap)
            {
                Merge(map, sourceMap);
            }
            else if (target[i] is List<object?> list && item is List<object?> sourceList && sourceList.Count == list.Count)
            {
                MergeList(list, sourceList);
            }
            else
            {
                target[i] = item;
            }
        }
    }

    private static void MergeList(List<object?> target, JsonElement source, bool keepRawStrings)
    {
        var index = 0;
        foreach (var item in source.EnumerateArray())
        {
            if (target[index] is Dictionary<string, object?> map && item.ValueKind == JsonValueKind.Object)
            {
                Merge(map, item, keepRawStrings);
            }
            else if (target[index] is List<object?> list && item.ValueKind == JsonValueKind.Array && item.GetArrayLength() == list.Count)
            {
                MergeList(list, item, keepRawStrings);
            }
            else
            {
                target[index] = ToValue(item, keepRawStrings);
            }

            index++;
        }
    }

    /// <summary>Decodes the string elements <see cref="ToValue"/> kept (before the executor or anything else reads the result).</summary>
    public static void MaterializeRawStrings(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                foreach (var (name, item) in map)
                {
                    if (item is JsonElement element)
                    {
                        // Replaces the value in place (no new entry, so the enumeration goes on).
                        CollectionsMarshal.GetValueRefOrNullRef(map, name) = element.GetString();
                    }
                    else
                    {
                        MaterializeRawStrings(item);
                    }
                }

                break;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is JsonElement element)
                    {
                        list[i] = element.GetString();
                    }
                    else
                    {
                        MaterializeRawStrings(list[i]);
                    }
                }

                break;
        }
    }

    /// <summary>Leaves the error on every field of the fetch the object does not have yet.</summary>
    public static void MarkFailed(Dictionary<string, object?> target, IReadOnlyList<string> responseNames, GraphQLError error)
    {
        var marker = new GraphQLException(error);
        foreach (var name in responseNames)
        {
            if (!target.TryGetValue(name, out var existing) || existing is null)
            {
                target[name] = marker;
            }
        }
    }

    /// <summary>
    /// Puts each error of a subgraph response on the field it names: its path, less the first
    /// <paramref name="skip"/> segments (the lookup field, and the item index of a batch lookup),
    /// is walked from <paramref name="container"/>. Errors that name no field of it are added to
    /// the response with the gateway's path (<paramref name="prefix"/> + the rest of the path).
    /// The entities of a group share the objects below them: <paramref name="placedMarkers"/>
    /// (one map for the group, by error index) tells an error already placed there through another
    /// entity of the group from one the object had before.
    /// </summary>
    public static void PlaceErrors(
        FetchContext context,
        JsonElement response,
        Dictionary<string, object?> container,
        object[] prefix,
        int skip,
        bool hasData,
        FetchNode fetch,
        int batchIndex = -1,
        string? alias = null,
        Dictionary<int, GraphQLException>? placedMarkers = null)
    {
        if (response.ValueKind != JsonValueKind.Object
            || !response.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array)
        {
            if (!hasData)
            {
                MarkFailed(container, fetch.ResponseNames, BadResponse(fetch.Subgraph, "the response has neither data nor errors"));
            }

            return;
        }

        var failedWithoutData = !hasData;
        var itemIndex = -1;
        foreach (var item in errors.EnumerateArray())
        {
            itemIndex++;
            var error = ToError(item);
            var path = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array
                ? ReadPath(p)
                : null;
            if (path is not null && batchIndex >= 0 && (path.Count < 2 || path[1] is not int index || index != batchIndex))
            {
                continue;
            }

            if (path is not null && alias is not null && (path.Count == 0 || path[0] is not string first || first != alias))
            {
                continue;
            }

            if (path is null || path.Count <= skip)
            {
                if (failedWithoutData)
                {
                    MarkFailed(container, fetch.ResponseNames, error);
                    failedWithoutData = false;
                }
                else
                {
                    context.AddError(prefix.Length == 0 ? error : error with { Path = prefix });
                }

                continue;
            }

            if (!TryPlace(container, path, skip, error, placedMarkers, itemIndex))
            {
                context.AddError(error with { Path = [.. prefix, .. path.Skip(skip)] });
            }
        }

        if (failedWithoutData)
        {
            MarkFailed(container, fetch.ResponseNames, BadResponse(fetch.Subgraph, "the response has no data"));
        }
    }

    public static GraphQLError? FirstError(JsonElement response)
    {
        if (response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            return ToError(errors[0]);
        }

        return null;
    }

    public static GraphQLError BadResponse(string subgraph, string what)
        => new($"Subgraph \"{subgraph}\" answered with an invalid GraphQL response: {what}.", null, null,
            new Dictionary<string, object?> { ["code"] = FusionErrorCodes.SubgraphBadResponse, ["subgraph"] = subgraph });

    private static bool TryPlace(Dictionary<string, object?> container, List<object> path, int skip, GraphQLError error, Dictionary<int, GraphQLException>? placedMarkers, int itemIndex)
    {
        object? current = container;
        for (var i = skip; i < path.Count - 1; i++)
        {
            current = (current, path[i]) switch
            {
                (Dictionary<string, object?> map, string name) => map.TryGetValue(name, out var next) ? next : null,
                (List<object?> list, int index) when index >= 0 && index < list.Count => list[index],
                _ => null,
            };
            if (current is null)
            {
                return false;
            }
        }

        if (path[^1] is not string last || current is not Dictionary<string, object?> target)
        {
            return false;
        }

        if (!target.TryGetValue(last, out var value) || value is null)
        {
            var marker = new GraphQLException(error);
            target[last] = marker;
            placedMarkers?.TryAdd(itemIndex, marker);
            return true;
        }

        return placedMarkers is not null && placedMarkers.TryGetValue(itemIndex, out var placed) && ReferenceEquals(value, placed);
    }

    private static List<object> ReadPath(JsonElement path)
    {
        var segments = new List<object>(path.GetArrayLength());
        foreach (var segment in path.EnumerateArray())
        {
            segments.Add(segment.ValueKind == JsonValueKind.Number ? segment.GetInt32() : segment.GetString() ?? "");
        }

        return segments;
    }

    // The subgraph's locations point into its own document, not the client's: they are dropped.
    public static GraphQLError ToError(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new GraphQLError("Unknown subgraph error.");
        }

        var message = item.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Unknown subgraph error.";
        var extensions = item.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object
            ? JsonVariables.FromElement(e) as IReadOnlyDictionary<string, object?>
            : null;
        return new GraphQLError(message, null, null, extensions);
    }
}
