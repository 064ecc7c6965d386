using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Gql.Execution;

/// <summary>
/// An object of the response: values in field-collection order (the order graphql-js produces),
/// keyed by response name. Keys come from the compiled selection set; the values of a map of up
/// to 16 fields are stored in the map object itself, so a map is one allocation.
/// </summary>
public abstract class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly ResponseKeys _responseKeys;

    private protected ResultMap(ResponseKeys keys)
    {
        _responseKeys = keys;
    }

    public int Count => _responseKeys.Names.Length;

    public IEnumerable<string> Keys => _responseKeys.Names;

    public IEnumerable<object?> Values => Slots.ToArray();

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The values, one per response name in order.</summary>
    internal abstract Span<object?> Slots { get; }

    /// <summary>The response name at a position.</summary>
    public string GetKey(int index) => _responseKeys.Names[index];

    /// <summary>The value at a position.</summary>
    public object? GetValue(int index) => Slots[index];

    /// <summary>The response names, encoded for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText[] EncodedKeys => _responseKeys.Encoded;

    public bool ContainsKey(string key) => Array.IndexOf(_responseKeys.Names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_responseKeys.Names, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = Slots[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _responseKeys.Names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_responseKeys.Names[i], Slots[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override void SetSlot(int slot, object? value) => Slots[slot] = value;

    internal override object GetSegment(int slot) => _responseKeys.Names[slot];

    /// <summary>A map of the general executor for a selection set: its values inline (sized to the field count) up to 16 fields.</summary>
    internal static ResultMap Create(ResponseKeys keys) => Create(keys, tracked: true, out _);

    /// <summary>A map of <see cref="DictionaryExecution"/> (no null-propagation state), with its values.</summary>
    internal static ResultMap CreatePlain(ResponseKeys keys, out Span<object?> slots) => Create(keys, tracked: false, out slots);

    private static ResultMap Create(ResponseKeys keys, bool tracked, out Span<object?> slots) => keys.Names.Length switch
    {
        1 => Inline<InlineValues1>(keys, tracked, out slots),
        2 => Inline<InlineValues2>(keys, tracked, out slots),
        3 => Inline<InlineValues3>(keys, tracked, out slots),
        4 => Inline<InlineValues4>(keys, tracked, out slots),
        5 => Inline<InlineValues5>(keys, tracked, out slots),
        6 => Inline<InlineValues6>(keys, tracked, out slots),
        7 => Inline<InlineValues7>(keys, tracked, out slots),
        8 => Inline<InlineValues8>(keys, tracked, out slots),
        <= 10 and > 0 => Inline<InlineValues10>(keys, tracked, out slots),
        <= 12 and > 0 => Inline<InlineValues12>(keys, tracked, out slots),
        <= 16 and > 0 => Inline<InlineValues16>(keys, tracked, out slots),
        _ => WithArray(keys, out slots),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ResultMap Inline<TValues>(ResponseKeys keys, bool tracked, out Span<object?> slots)
        where TValues : struct
    {
        if (tracked)
        {
            var map = new TrackedResultMap<TValues>(keys);
            slots = map.Slots;
            return map;
        }

        var plain = new InlineResultMap<TValues>(keys);
        slots = plain.Slots;
        return plain;
    }

    private static ArrayResultMap WithArray(ResponseKeys keys, out Span<object?> slots)
    {
        var map = new ArrayResultMap(keys);
        slots = map.Slots;
        return map;
    }
}
