using System.Globalization;
using System.Text;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Execution;

/// <summary>Small syntax utilities the executor needs: type references, value printing, locations.</summary>
internal static class SyntaxHelpers
{
    public static IType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    public static bool IsInputType(IType type) => Unwrap(type) is ScalarType or EnumType or InputObjectType;

    public static NamedType Unwrap(IType type)
    {
        while (true)
        {
            switch (type)
            {
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                case ListType list:
                    type = list.OfType;
                    break;
                default:
                    return (NamedType)type;
            }
        }
    }

    public static ErrorLocation[]? LocationsOf(SyntaxNode? node)
        => node?.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null;

    public static ErrorLocation[]? LocationsOf(IReadOnlyList<FieldNode> nodes)
    {
        var count = 0;
        foreach (var node in nodes)
        {
            if (node.Location is not null)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return null;
        }

        var locations = new ErrorLocation[count];
        var i = 0;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations[i++] = new ErrorLocation(location.Line, location.Column);
            }
        }

        return locations;
    }

    /// <summary>Prints a type reference the way graphql-js <c>print()</c> does.</summary>
    public static string PrintType(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => string.Empty,
    };

    /// <summary>Prints a value literal the way graphql-js <c>print()</c> does.</summary>
    public static string PrintValue(ValueNode node)
    {
        var builder = new StringBuilder();
        PrintValue(builder, node);
        return builder.ToString();
    }

    private static void PrintValue(StringBuilder builder, ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode i:
                builder.Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append(f.Value);
                break;
            case StringValueNode s:
                AppendString(builder, s.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append(e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    PrintValue(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    PrintValue(builder, obj.Fields[i].Value);
                }

                builder.Append('}');
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
