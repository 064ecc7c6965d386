namespace Gql.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField(string name, IType type) : InputValue(name, type);
