using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>The <c>ID</c> scalar (spec section 3.5.5): a string, accepting integers as input.</summary>
public sealed class IdType : ScalarType
{
    public IdType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override Type RuntimeType => typeof(string);

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {PrintLiteral(literal)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string s => s,
        _ when value is not bool && Numbers.IsIntegral(value) => IntegerText(value),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        string s => s,
        Guid g => g.ToString("D"),
        _ when runtimeValue is not bool && Numbers.IsIntegral(runtimeValue) => IntegerText(runtimeValue),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspector.Inspect(runtimeValue)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue)
    {
        var text = (string)Serialize(runtimeValue);
        return IsIntegerText(text) ? new IntValueNode(null, text) : new StringValueNode(null, text, false);
    }

    private static string IntegerText(object value) => value switch
    {
        double d => Inspector.FormatNumber(d),
        float f => Inspector.FormatNumber(f),
        decimal m => decimal.Truncate(m).ToString(CultureInfo.InvariantCulture),
        IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
