using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Gql.Execution;

/// <summary>
/// An object of the response: values in field-collection order (the order graphql-js produces),
/// keyed by response name. Keys come from the compiled selection set, so a map costs one array.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly ResponseKeys _responseKeys;

    internal ResultMap(ResponseKeys keys)
        : base(keys.Names.Length)
    {
        _responseKeys = keys;
    }

    public int Count => _responseKeys.Names.Length;

    public IEnumerable<string> Keys => _responseKeys.Names;

    public IEnumerable<object?> Values => Slots.Select(static slot => slot.Value);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The response name at a position.</summary>
    public string GetKey(int index) => _responseKeys.Names[index];

    /// <summary>The value at a position.</summary>
    public object? GetValue(int index) => Slots[index].Value;

    /// <summary>The response name at a position, encoded for <see cref="Utf8JsonWriter"/>.</summary>
    internal JsonEncodedText GetEncodedKey(int index) => _responseKeys.Encoded[index];

    public bool ContainsKey(string key) => Array.IndexOf(_responseKeys.Names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_responseKeys.Names, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = Slots[index].Value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _responseKeys.Names.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_responseKeys.Names[i], Slots[i].Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override object GetSegment(int slot) => _responseKeys.Names[slot];
}
