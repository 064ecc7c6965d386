using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>The <c>String</c> scalar (spec section 3.5.3).</summary>
public sealed class StringType : ScalarType
{
    public StringType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    public override Type RuntimeType => typeof(string);

    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s
            ? s.Value
            : throw new ScalarCoercionException($"String cannot represent a non string value: {PrintLiteral(literal)}");

    public override object ParseValue(object value)
        => value as string ?? throw new ScalarCoercionException($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        double d when double.IsFinite(d) => Inspector.FormatNumber(d),
        float f when float.IsFinite(f) => Inspector.FormatNumber(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        double or float => throw new ScalarCoercionException($"String cannot represent value: {Inspector.Inspect(runtimeValue)}"),
        _ when Numbers.IsNumber(runtimeValue) && runtimeValue is IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        Enum e => e.ToString(),
        _ => throw new ScalarCoercionException($"String cannot represent value: {Inspector.Inspect(runtimeValue)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode(null, (string)Serialize(runtimeValue), false);
}
