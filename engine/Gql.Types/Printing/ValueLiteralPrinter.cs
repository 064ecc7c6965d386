using System.Text;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>Prints value literals in graphql-js <c>print()</c> format (used in messages, SDL and introspection).</summary>
internal static class ValueLiteralPrinter
{
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case IntValueNode n:
                builder.Append(n.Value);
                break;
            case FloatValueNode n:
                builder.Append(n.Value);
                break;
            case StringValueNode n:
                builder.Append(StringLiterals.Print(n.Value, n.Block));
                break;
            case BooleanValueNode n:
                builder.Append(n.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode n:
                builder.Append(n.Value);
                break;
            case VariableNode n:
                builder.Append('$').Append(n.Name.Value);
                break;
            case ListValueNode n:
                builder.Append('[');
                for (var i = 0; i < n.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, n.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode n:
                builder.Append('{');
                for (var i = 0; i < n.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(n.Fields[i].Name.Value).Append(": ");
                    Write(builder, n.Fields[i].Value);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node kind {value.Kind}.", nameof(value));
        }
    }
}
