using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>The <c>Int</c> scalar (spec section 3.5.1): a signed 32-bit integer.</summary>
public sealed class IntType : ScalarType
{
    public IntType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    public override Type RuntimeType => typeof(int);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {PrintLiteral(literal)}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    public override object ParseValue(object value)
    {
        if (value is bool || !Numbers.IsIntegral(value))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (!Numbers.TryGetInteger(value, out var integer) || integer is > int.MaxValue or < int.MinValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }

        return (int)integer;
    }

    public override object Serialize(object runtimeValue)
    {
        object number = runtimeValue;
        switch (runtimeValue)
        {
            case bool b:
                return b ? 1 : 0;
            case string s when s.Length > 0:
                number = Numbers.TryParseJsNumber(s, out var parsed) ? parsed : double.NaN;
                break;
            case Enum e:
                number = Convert.ToInt64(e, CultureInfo.InvariantCulture);
                break;
        }

        if (!Numbers.IsIntegral(number))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspector.Inspect(runtimeValue)}");
        }

        if (!Numbers.TryGetInteger(number, out var integer) || integer is > int.MaxValue or < int.MinValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(runtimeValue)}");
        }

        return (int)integer;
    }

    public override ValueNode ValueToLiteral(object runtimeValue)
        => new IntValueNode(null, ((int)Serialize(runtimeValue)).ToString(CultureInfo.InvariantCulture));
}
