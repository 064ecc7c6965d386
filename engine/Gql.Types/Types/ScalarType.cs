using System.Globalization;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// A scalar type (spec section 3.5) and its three coercions: input from a literal, input from a
/// variable value, and result serialization. Coercion failures throw <see cref="ScalarCoercionException"/>.
/// </summary>
public abstract class ScalarType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), when it has one.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>The CLR type of the values resolvers receive and return.</summary>
    public abstract Type RuntimeType { get; }

    /// <summary>Coerces a literal from a document (never a variable or <c>null</c>).</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>Coerces a variable value (already decoded from JSON to CLR primitives, lists and maps); never null.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Coerces a resolver's value into a JSON-writable primitive (string, bool, int, long, double, decimal).</summary>
    public abstract object Serialize(object runtimeValue);

    /// <summary>Turns a runtime value back into a literal (default values in introspection and SDL).</summary>
    public abstract ValueNode ValueToLiteral(object runtimeValue);

    public virtual bool IsValidLiteral(ValueNode literal)
    {
        try
        {
            ParseLiteral(literal);
            return true;
        }
        catch (ScalarCoercionException)
        {
            return false;
        }
    }

    /// <summary>
    /// Turns a serialized value into a literal like graphql-js <c>astFromValue</c>: booleans, numbers
    /// (Int when the text is an integer, else Float) and strings.
    /// </summary>
    protected static ValueNode LiteralFromSerialized(object serialized) => serialized switch
    {
        bool b => new BooleanValueNode(null, b),
        string s => new StringValueNode(null, s, false),
        double d => NumberLiteral(Inspector.FormatNumber(d)),
        float f => NumberLiteral(Inspector.FormatNumber(f)),
        decimal m => NumberLiteral(m.ToString(CultureInfo.InvariantCulture)),
        IFormattable number => NumberLiteral(number.ToString(null, CultureInfo.InvariantCulture)),
        _ => throw new ScalarCoercionException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}."),
    };

    protected static ValueNode NumberLiteral(string text)
        => IsIntegerText(text) ? new IntValueNode(null, text) : new FloatValueNode(null, text);

    /// <summary>Whether the text is an integer literal (<c>/^-?(?:0|[1-9][0-9]*)$/</c>).</summary>
    protected static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start)
        {
            return false;
        }

        if (text[start] == '0')
        {
            return text.Length == start + 1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The literal as graphql-js <c>print()</c> writes it, for error messages.</summary>
    protected static string PrintLiteral(ValueNode literal) => SyntaxPrinter.Print(literal);
}
