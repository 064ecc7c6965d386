namespace Gql.Types;

/// <summary>A value could not be coerced to or from a scalar or enum type.</summary>
public sealed class ScalarCoercionException(string message) : Exception(message);
