using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// A scalar declared in SDL with no implementation bound to it: values pass through unchanged, like
/// graphql-js custom scalars without coercion functions (literals become plain CLR values).
/// </summary>
public sealed class SdlScalarType(string name) : ScalarType(name)
{
    public override Type RuntimeType => typeof(object);

    public override object ParseLiteral(ValueNode literal) => ValueFromLiteral(literal)
        ?? throw new ScalarCoercionException($"{Name} cannot represent value: {PrintLiteral(literal)}");

    public override object ParseValue(object value) => value;

    public override object Serialize(object runtimeValue) => runtimeValue;

    public override ValueNode ValueToLiteral(object runtimeValue) => runtimeValue switch
    {
        IReadOnlyDictionary<string, object?> map => new ObjectValueNode(null, map.Select(p => new ObjectFieldNode(null, new NameNode(null, p.Key), p.Value is null ? new NullValueNode(null) : ValueToLiteral(p.Value))).ToArray()),
        string or bool => LiteralFromSerialized(runtimeValue),
        System.Collections.IEnumerable list => new ListValueNode(null, list.Cast<object?>().Select(v => v is null ? new NullValueNode(null) : ValueToLiteral(v)).ToArray()),
        _ => LiteralFromSerialized(runtimeValue),
    };

    /// <summary>The CLR value of a literal without a type (graphql-js valueFromASTUntyped); null for <c>null</c> or variables.</summary>
    private static object? ValueFromLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        IntValueNode i => IntegerFromLiteral(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        ListValueNode l => l.Values.Select(ValueFromLiteral).ToArray(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => ValueFromLiteral(f.Value)),
        _ => null,
    };

    private static object IntegerFromLiteral(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            return small;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
            ? big
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
