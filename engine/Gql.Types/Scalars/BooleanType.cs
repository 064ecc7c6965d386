using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>The <c>Boolean</c> scalar (spec section 3.5.4).</summary>
public sealed class BooleanType : ScalarType
{
    public BooleanType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override Type RuntimeType => typeof(bool);

    public override object ParseLiteral(ValueNode literal)
        => literal is BooleanValueNode b
            ? b.Value
            : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {PrintLiteral(literal)}");

    public override object ParseValue(object value)
        => value is bool b
            ? b
            : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    public override object Serialize(object runtimeValue)
    {
        if (runtimeValue is bool b)
        {
            return b;
        }

        if (Numbers.TryGetDouble(runtimeValue, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspector.Inspect(runtimeValue)}");
    }

    public override ValueNode ValueToLiteral(object runtimeValue) => new BooleanValueNode(null, (bool)Serialize(runtimeValue));
}
