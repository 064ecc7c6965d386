using System.Diagnostics.CodeAnalysis;
using Gql.Types;

namespace Gql.Execution;

/// <summary>Serializes runtime values of one enum type to value names (graphql-js <c>GraphQLEnumType.serialize</c>).</summary>
internal sealed class EnumSerializer
{
    private readonly EnumType _type;
    private readonly Dictionary<object, string> _names = [];

    // String values: runtime values that are strings first, then the value names themselves
    // (a resolver may return the name), so one ordinal lookup answers both.
    private readonly Dictionary<string, string> _byString = new(StringComparer.Ordinal);

    private const int MaxScannedStrings = 8;
    private readonly string[] _internedKeys;
    private readonly string[] _internedNames;

    public EnumSerializer(EnumType type)
    {
        _type = type;
        foreach (var value in type.Values)
        {
            _names.TryAdd(value.RuntimeValue, value.Name);
            if (value.RuntimeValue is string runtimeName)
            {
                _byString.TryAdd(runtimeName, value.Name);
            }
        }

        foreach (var value in type.Values)
        {
            _byString.TryAdd(value.Name, value.Name);
        }

        var interned = _byString.Count <= MaxScannedStrings ? _byString.ToArray() : [];
        _internedKeys = Array.ConvertAll(interned, static pair => string.IsInterned(pair.Key) ?? pair.Key);
        _internedNames = Array.ConvertAll(interned, static pair => pair.Value);
    }

    /// <summary>The name of a string runtime value (or of a value name); false when the enum has no such value.</summary>
    public bool TrySerializeString(string text, [MaybeNullWhen(false)] out string name)
    {
        // Literal strings are interned, like the keys here: a small enum is answered by reference, without hashing.
        var keys = _internedKeys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (ReferenceEquals(keys[i], text))
            {
                name = _internedNames[i];
                return true;
            }
        }

        return _byString.TryGetValue(text, out name);
    }

    public string Serialize(object value)
    {
        if (value is string text)
        {
            if (_byString.TryGetValue(text, out var byString))
            {
                return byString;
            }
        }
        else if (_names.TryGetValue(value, out var name))
        {
            return name;
        }

        throw new ScalarCoercionException($"Enum \"{_type.Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }
}
