using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>The <c>Float</c> scalar (spec section 3.5.2): a finite double.</summary>
public sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override Type RuntimeType => typeof(double);

    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {PrintLiteral(literal)}"),
        };

        // Like graphql-js (parseFloat): a literal too large for a double becomes Infinity rather than an error.
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public override object ParseValue(object value)
        => value is not bool && Numbers.TryGetDouble(value, out var result) && double.IsFinite(result)
            ? result
            : throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");

    public override object Serialize(object runtimeValue)
    {
        var result = runtimeValue switch
        {
            bool b => b ? 1d : 0d,
            string s when s.Length > 0 => Numbers.TryParseJsNumber(s, out var parsed) ? parsed : double.NaN,
            _ => Numbers.TryGetDouble(runtimeValue, out var number) ? number : double.NaN,
        };

        return double.IsFinite(result)
            ? result
            : throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspector.Inspect(runtimeValue)}");
    }

    public override ValueNode ValueToLiteral(object runtimeValue) => LiteralFromSerialized(Serialize(runtimeValue));
}
