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
}
