namespace Gql.Types;

/// <summary>An argument of a field or a directive.</summary>
public sealed class Argument(string name, IType type) : InputValue(name, type);
