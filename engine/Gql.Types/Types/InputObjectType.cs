namespace Gql.Types;

/// <summary>An input object type (spec section 3.10), optionally <c>@oneOf</c>.</summary>
public sealed class InputObjectType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public FieldCollection<InputField> Fields { get; } = new();

    /// <summary>Exactly one field must be given, and it must not be null (the <c>@oneOf</c> draft).</summary>
    public bool IsOneOf { get; set; }

    /// <summary>
    /// Turns the coerced field map into the CLR value resolvers receive (code-first inputs); when
    /// null, resolvers receive the <c>IReadOnlyDictionary&lt;string, object?&gt;</c> itself.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; set; }

    public Type? RuntimeType { get; set; }
}
