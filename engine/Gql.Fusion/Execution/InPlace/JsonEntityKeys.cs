using System.Runtime.InteropServices;
using System.Text.Json;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// The distinct variable values of an entity fetch collected in place: elements of the subgraph
/// answers (no decoded strings), grouped by their raw JSON text and written to the request as
/// that text.
/// </summary>
internal sealed class JsonEntityKeys(int variableCount) : IEntityKeys
{
    private readonly List<JsonElement> _values = [];
    private readonly List<int> _next = [];
    private readonly Dictionary<int, int> _firstByHash = [];

    public int Count => _next.Count;

    public int VariableCount { get; } = variableCount;

    /// <summary>The value of a variable of a group (undefined or null for none).</summary>
    public JsonElement this[int group, int variable] => _values[group * VariableCount + variable];

    /// <summary>The group of these values: an existing one with the same raw values, else a new one.</summary>
    public int GroupOf(ReadOnlySpan<JsonElement> values)
    {
        var hash = Hash(values);
        if (_firstByHash.TryGetValue(hash, out var group))
        {
            for (var candidate = group; candidate >= 0; candidate = _next[candidate])
            {
                if (Equal(candidate, values))
                {
                    return candidate;
                }

                if (_next[candidate] < 0)
                {
                    group = Add(values);
                    _next[candidate] = group;
                    return group;
                }
            }
        }

        group = Add(values);
        _firstByHash[hash] = group;
        return group;
    }

    public void WriteValue(Utf8JsonWriter writer, int group, int variable)
    {
        var value = this[group, variable];
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(value), skipInputValidation: true);
        }
    }

    private int Add(ReadOnlySpan<JsonElement> values)
    {
        _values.AddRange(values);
        _next.Add(-1);
        return _next.Count - 1;
    }

    private bool Equal(int group, ReadOnlySpan<JsonElement> values)
    {
        var offset = group * VariableCount;
        for (var i = 0; i < values.Length; i++)
        {
            var known = _values[offset + i];
            if (IsNull(known) != IsNull(values[i])
                || (!IsNull(known) && !JsonMarshal.GetRawUtf8Value(known).SequenceEqual(JsonMarshal.GetRawUtf8Value(values[i]))))
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(ReadOnlySpan<JsonElement> values)
    {
        var hash = default(HashCode);
        foreach (var value in values)
        {
            if (IsNull(value))
            {
                hash.Add(0);
            }
            else
            {
                hash.AddBytes(JsonMarshal.GetRawUtf8Value(value));
            }
        }

        return hash.ToHashCode();
    }

    private static bool IsNull(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
}
