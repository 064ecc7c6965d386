namespace Gql.Types;

/// <summary>An enum type (spec section 3.9). Values map to runtime values (a CLR enum member or the name).</summary>
public sealed class EnumType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Enum;

    public List<EnumValue> Values { get; } = [];

    public EnumValue? GetValue(string valueName)
    {
        foreach (var value in Values)
        {
            if (value.Name == valueName)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The enum value whose runtime value equals <paramref name="runtimeValue"/>.</summary>
    public EnumValue? GetValueByRuntimeValue(object runtimeValue)
    {
        foreach (var value in Values)
        {
            if (Equals(value.RuntimeValue, runtimeValue))
            {
                return value;
            }
        }

        return null;
    }
}
