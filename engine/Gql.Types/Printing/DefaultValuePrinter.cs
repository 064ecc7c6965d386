using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// Prints a default value the way graphql-js does (<c>print(astFromValue(valueFromAST(literal)))</c>):
/// the literal coerced to its type and written back, so <c>Float = 1</c> prints <c>1</c>,
/// <c>[Int] = 1</c> prints <c>[1]</c> and input objects list their fields in definition order.
/// </summary>
internal static class DefaultValuePrinter
{
    public static string Print(ValueNode value, IType type) => SyntaxPrinter.Print(Normalize(value, type));

    public static ValueNode Normalize(ValueNode value, IType type)
    {
        try
        {
            return NormalizeOrThrow(value, type);
        }
        catch (ScalarCoercionException)
        {
            return value;
        }
    }

    private static ValueNode NormalizeOrThrow(ValueNode value, IType type)
    {
        if (value is NullValueNode || value is VariableNode)
        {
            return value;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return NormalizeOrThrow(value, nonNull.OfType);
            case ListType list:
                return value is ListValueNode items
                    ? new ListValueNode(null, items.Values.Select(item => NormalizeOrThrow(item, list.OfType)).ToArray())
                    : new ListValueNode(null, [NormalizeOrThrow(value, list.OfType)]);
            case InputObjectType inputObject when value is ObjectValueNode objectValue:
                return NormalizeObject(objectValue, inputObject);
            case ScalarType scalar when IsSdlOnlyScalar(scalar):
                return value;
            case ScalarType scalar:
                return scalar.ValueToLiteral(scalar.ParseLiteral(value));
            default:
                return value;
        }
    }

    private static ObjectValueNode NormalizeObject(ObjectValueNode value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            var given = value.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            var fieldValue = given?.Value ?? field.DefaultValue;
            if (fieldValue is not null)
            {
                fields.Add(new ObjectFieldNode(null, new NameNode(null, field.Name), NormalizeOrThrow(fieldValue, field.Type)));
            }
        }

        return new ObjectValueNode(null, fields);
    }

    private static bool IsSdlOnlyScalar(ScalarType scalar) => scalar is SdlScalarType;
}
