namespace Gql.Types;

/// <summary>
/// Adds the public members of the marked class as fields of another object type, named by
/// its CLR type or by its GraphQL name (for example <c>"Query"</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    public ExtendObjectTypeAttribute(Type extendedType)
    {
        ExtendedType = extendedType;
    }

    public ExtendObjectTypeAttribute(string extendedTypeName)
    {
        ExtendedTypeName = extendedTypeName;
    }

    public Type? ExtendedType { get; }

    public string? ExtendedTypeName { get; }
}
