namespace Gql.Types;

/// <summary>An object type (spec section 3.6).</summary>
public sealed class ObjectType(string name) : ComplexOutputType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Tells whether a runtime value is of this type; used to resolve abstract types when the
    /// interface or union has no <c>ResolveType</c>.
    /// </summary>
    public Func<object, bool>? IsOfType { get; set; }

    /// <summary>The CLR type that backs this object type in code-first schemas, if any.</summary>
    public Type? RuntimeType { get; set; }
}
