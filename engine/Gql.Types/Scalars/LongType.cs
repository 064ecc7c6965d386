using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary><c>Long</c>: a signed 64-bit integer.</summary>
public sealed class LongType : ScalarType
{
    public LongType()
        : base("Long")
    {
        Description = "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.";
    }

    public override Type RuntimeType => typeof(long);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {PrintLiteral(literal)}");
        }

        return long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {intValue.Value}");
    }

    public override object ParseValue(object value)
    {
        if (value is bool || !Numbers.IsIntegral(value))
        {
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        return Numbers.TryGetInteger(value, out var result)
            ? result
            : throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {Inspector.Inspect(value)}");
    }

    public override object Serialize(object runtimeValue)
    {
        var number = runtimeValue switch
        {
            bool b => b ? 1L : 0L,
            string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture),
            _ => runtimeValue,
        };

        if (!Numbers.IsIntegral(number))
        {
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {Inspector.Inspect(runtimeValue)}");
        }

        return Numbers.TryGetInteger(number, out var result)
            ? result
            : throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {Inspector.Inspect(runtimeValue)}");
    }

    public override ValueNode ValueToLiteral(object runtimeValue)
        => new IntValueNode(null, ((long)Serialize(runtimeValue)).ToString(CultureInfo.InvariantCulture));
}
