using Gql.Types;

namespace Gql.Execution;

/// <summary>Serializes runtime values of one enum type to value names (graphql-js <c>GraphQLEnumType.serialize</c>).</summary>
internal sealed class EnumSerializer
{
    private readonly EnumType _type;
    private readonly Dictionary<object, string> _names = [];
    private readonly HashSet<string> _valueNames = new(StringComparer.Ordinal);

    public EnumSerializer(EnumType type)
    {
        _type = type;
        foreach (var value in type.Values)
        {
            _names.TryAdd(value.RuntimeValue, value.Name);
            _valueNames.Add(value.Name);
        }
    }

    public string Serialize(object value)
    {
        if (_names.TryGetValue(value, out var name))
        {
            return name;
        }

        // A resolver may return the value name itself.
        if (value is string text && _valueNames.Contains(text))
        {
            return text;
        }

        throw new ScalarCoercionException($"Enum \"{_type.Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }
}
