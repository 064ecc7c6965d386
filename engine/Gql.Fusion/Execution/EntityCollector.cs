using System.Text.Json;
using Gql.Execution;
using Gql.Fusion.Planning;

namespace Gql.Fusion.Execution;

/// <summary>Finds the entities an entity fetch completes and groups them by their variable values (keys de-duplicated).</summary>
internal static class EntityCollector
{
    private const string TypeName = "__typename";

    [ThreadStatic]
    private static KeyWriter? t_keyWriter;

    public static List<EntityGroup> Collect(Dictionary<string, object?> root, FetchNode fetch)
    {
        var groups = new List<EntityGroup>();
        var byKey = new Dictionary<object, EntityGroup>();
        Collect(root, 0, fetch, groups, byKey);
        return groups;
    }

    // An object shared by several places of the result (an entity answered once for all its
    // places) is met once per place: its group takes it once (EntityGroup.Add).
    private static void Collect(object? value, int depth, FetchNode fetch, List<EntityGroup> groups, Dictionary<object, EntityGroup> byKey)
    {
        switch (value)
        {
            case Dictionary<string, object?> map when depth == fetch.Path.Count:
                AddEntity(map, fetch, groups, byKey);
                return;
            case Dictionary<string, object?> map:
                if (map.TryGetValue(fetch.Path[depth], out var child) && child is not null)
                {
                    Collect(child, depth + 1, fetch, groups, byKey);
                }

                return;
            case List<object?> list:
                foreach (var item in list)
                {
                    Collect(item, depth, fetch, groups, byKey);
                }

                return;
        }
    }

    /// <summary>
    /// The gateway path of an entity <see cref="Collect"/> found (only needed to place subgraph
    /// errors, so it is looked up again then instead of kept for every entity).
    /// </summary>
    public static object[] PathOf(Dictionary<string, object?> root, FetchNode fetch, Dictionary<string, object?> entity)
    {
        var path = new List<object>(fetch.Path.Count * 2);
        object[]? found = null;
        Walk(root, 0, fetch, path, candidate =>
        {
            if (!ReferenceEquals(candidate, entity))
            {
                return false;
            }

            found = path.ToArray();
            return true;
        });
        return found ?? [];
    }

    // Calls visit with each object at the fetch's path (through lists); visit returns true to stop.
    private static bool Walk(object? value, int depth, FetchNode fetch, List<object>? path, Func<Dictionary<string, object?>, bool> visit)
    {
        switch (value)
        {
            case Dictionary<string, object?> map when depth == fetch.Path.Count:
                return visit(map);
            case Dictionary<string, object?> map:
                var name = fetch.Path[depth];
                if (!map.TryGetValue(name, out var child))
                {
                    return false;
                }

                path?.Add(name);
                var stop = Walk(child, depth + 1, fetch, path, visit);
                path?.RemoveAt(path.Count - 1);
                return stop;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    path?.Add(BoxedValues.Int(i));
                    var stopped = Walk(list[i], depth, fetch, path, visit);
                    path?.RemoveAt(path.Count - 1);
                    if (stopped)
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static void AddEntity(Dictionary<string, object?> entity, FetchNode fetch, List<EntityGroup> groups, Dictionary<object, EntityGroup> byKey)
    {
        if (entity.TryGetValue(TypeName, out var typeName) && (typeName is JsonElement raw ? raw.GetString() : typeName) is string name && name != fetch.EntityType)
        {
            return;
        }

        var variables = fetch.EntityVariables;
        var keyCount = fetch.Lookup!.Arguments.Count;
        var values = new object?[variables.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var value = Read(entity, variables[i].SourcePath);
            if (value is null && i < keyCount)
            {
                return;
            }

            values[i] = value;
        }

        var key = values.Length == 1 && values[0] is string or int or long ? values[0]! : KeyOf(values);
        if (!byKey.TryGetValue(key, out var group))
        {
            group = new EntityGroup(values);
            byKey.Add(key, group);
            groups.Add(group);
        }

        group.Add(entity);
    }

    private static object? Read(Dictionary<string, object?> entity, IReadOnlyList<string> sourcePath)
    {
        object? current = entity;
        for (var i = 0; i < sourcePath.Count; i++)
        {
            if (current is not Dictionary<string, object?> map || !map.TryGetValue(sourcePath[i], out current))
            {
                return null;
            }
        }

        return current switch
        {
            Exception => null,
            JsonElement element => element.GetString(),
            _ => current,
        };
    }

    private static string KeyOf(object?[] values) => (t_keyWriter ??= new KeyWriter()).KeyOf(values);

    /// <summary>Writes composite keys as JSON text with one reused writer and buffer.</summary>
    private sealed class KeyWriter
    {
        private readonly PooledBufferWriter _buffer = new(256);
        private readonly Utf8JsonWriter _writer;

        public KeyWriter() => _writer = new Utf8JsonWriter(_buffer);

        public string KeyOf(object?[] values)
        {
            _buffer.Clear();
            _writer.Reset(_buffer);
            _writer.WriteStartArray();
            foreach (var value in values)
            {
                ResultJsonWriter.WriteValue(_writer, value);
            }

            _writer.WriteEndArray();
            _writer.Flush();
            return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }
    }
}
